"""Prefect tasks: thin wrappers over newsfacts' pure functions, one per pipeline step."""
