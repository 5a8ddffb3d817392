"""Assembling the pipeline: spaCy components and the Article they produce."""
