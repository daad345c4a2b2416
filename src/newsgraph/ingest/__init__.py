"""Ingest: readers (files → documents), segmentation (documents → articles), duplicates."""
