"""Language processing: spaCy loading, text normalisation, dates and places."""
