"""Pieces that plug into the Rasa server: NLU components, the response generator and channels.

They are thin: the logic they call lives in `bot/`.
"""
