"""The one exception type the core raises for bad data."""


class ModelError(ValueError):
    """A value breaks a rule of the model; the message says which value and why."""

    def __init__(self, message: str, where: str = "") -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)
        self.message = message
