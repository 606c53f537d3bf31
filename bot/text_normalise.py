"""Deprecated alias: the intent classifier's normalisation now lives in `bot.chat_text` (one chat-text
normal form for the classifier and the red-flag detector). Kept only because
tests/plugins/test_tfidf_intent_classifier.py still imports it from here; delete once that import moves."""

from bot.chat_text import normalise

__all__ = ["normalise"]
