"""Numbers, percentages and years: the figure rules and their spaCy component.

`lexicon` reads the word lists of `dutchfacts/rules/`, `numbers` and `patterns`
turn them into regular expressions, `years` and `quantities` find the figures,
`attributes` gives them qualifier, unit, counted noun and change, and
`component` is the spaCy factory `dutchfacts_figures`.
"""
