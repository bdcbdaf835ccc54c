"""newsfacts: wire-news text files in, validated and partitioned Parquet fact tables out."""

__version__ = "0.1.0"
