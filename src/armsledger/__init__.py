"""armsledger: read defence news, keep an evidence-backed ledger of arms transfers and alignments."""

__version__ = "0.1.0"
