"""The benchmark: the app's speed and memory at each data size, and under load."""
