"""The product's own logic: facts, red-flag detection, escalation, staff alerts, settings.

Nothing in this package imports Rasa's server, so it can be unit-tested without a model.
"""
