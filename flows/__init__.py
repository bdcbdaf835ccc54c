"""Prefect flows: the pipeline as a story of tasks."""
