"""Bring articles in: fetch pages and feeds safely, read HTML. Pure Python, no Django."""
