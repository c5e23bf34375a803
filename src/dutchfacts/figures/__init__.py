"""Numbers, percentages and years: the figure rules and their spaCy component.

`types` defines the mention types and fields and the order of the finders; `spans`
the typed `Figure` they all fill in. `lexicon` reads the word lists of `dutchfacts/rules/`,
`numbers` and `patterns` turn them into regular expressions, `years` and `quantities` find
the figures (`ignored` claims what only looks like one), `attributes` gives them qualifier,
unit, counted noun and change, and `component` is the spaCy factory `dutchfacts_figures`.
"""
