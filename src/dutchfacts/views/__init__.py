"""Self-contained HTML views: `dutchfacts render` and `dutchfacts evaluate --html`.

The pages carry their CSS inline and load nothing from the network; hover
titles and CSS-generated labels make them readable without JavaScript.
"""
