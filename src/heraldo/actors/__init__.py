"""Actors: the knowledge base of named actors and roles, mention finding and resolution on
an article's date, and which spans stand as actors."""

