"""Scoring extraction against labels (ANNOTATION.md, docs/labelling.md) and drafting labels.

`labels` reads `.expected.yaml` files, `scoring` matches and counts, `folder`
runs a pipeline over a labelled folder, `console` prints the result and
`drafting` writes draft labels for `dutchfacts label`.
"""
