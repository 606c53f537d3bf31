"""rasa-sdk custom actions: thin glue that reads the tracker, calls `bot/`, and returns events."""
