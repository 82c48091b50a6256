"""Builders that derive the committed GeoJSON layers from public data packages.

These run at development time (``python -m corridor build``), never while the
app serves users: the app only reads the files they write.
"""
