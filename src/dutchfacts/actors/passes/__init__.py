"""The passes of the actor candidate finder, one module each; `..candidates` runs them in order.

Each pass is a function from a `DocView` to the candidates it finds; it claims their tokens in
the view so that later passes leave them alone.
"""
