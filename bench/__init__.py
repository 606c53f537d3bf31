"""`make bench`: speed, memory and NLU figures beside a default-Rasa baseline (see bench/README.md)."""
