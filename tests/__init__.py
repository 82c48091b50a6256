"""The tests: the data's contract, the modules, the app in AppTest and in a real browser."""
