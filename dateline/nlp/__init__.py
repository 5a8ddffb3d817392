"""The spaCy base: model loading, ``._`` extensions, batching."""
