"""Pieces that plug into the Rasa server: NLU components, the response generator, channels, and two
measured speed fixes for Rasa itself (`rasa_speedups`, installed here on first import).

They are thin: the logic they call lives in `bot/`.
"""

from rasa_plugins.rasa_speedups import install as _install_speedups

_install_speedups()
