"""Data preparation, training, packaging and evaluation of nl_dutchfacts_sm."""
