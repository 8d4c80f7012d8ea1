"""Persian catalogue of the causes of file errors (`os_errors.py`). Same rules as `fa.py`."""

MESSAGES: dict[str, str] = {
    "no such file or folder": "چنین پرونده یا پوشه‌ای نیست",
    "a part of the path is not a folder": "بخشی از نشانی پوشه نیست",
    "no permission": "اجازه دسترسی نیست",
    "the disk is read-only": "دیسک فقط‌خواندنی است",
    "the disk is full": "دیسک پر است",
    "it is a folder, not a file": "این یک پوشه است، نه پرونده",
    "the name is too long": "نام بیش از اندازه بلند است",
    "the file is in use by another program": "پرونده در دست برنامه دیگری است",
}
