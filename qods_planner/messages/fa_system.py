"""Persian catalogue of system messages: the causes of file errors (`os_errors.py`) and
argparse's own error details (`cli.argparse_words`). Same rules as `fa.py`."""

MESSAGES: dict[str, str] = {
    "no such file or folder": "چنین پرونده یا پوشه‌ای نیست",
    "a part of the path is not a folder": "بخشی از نشانی پوشه نیست",
    "no permission": "اجازه دسترسی نیست",
    "the disk is read-only": "دیسک فقط‌خواندنی است",
    "the disk is full": "دیسک پر است",
    "it is a folder, not a file": "این یک پوشه است، نه پرونده",
    "the name is too long": "نام بیش از اندازه بلند است",
    "the file is in use by another program": "پرونده در دست برنامه دیگری است",
    # argparse's own error details (`cli.argparse_words`)
    "the following arguments are required: {names}": "این آرگومان‌ها لازم‌اند: {names}",
    "unrecognized arguments: {values}": "آرگومان‌های ناشناخته: {values}",
    "invalid choice: {value} (choose from {choices})": (
        "گزینه نامعتبر: {value} (یکی از این‌ها را انتخاب کنید: {choices})"
    ),
    "invalid {kind} value: {value}": "مقدار نامعتبر از نوع {kind}: {value}",
    "expected one argument": "یک مقدار لازم است",
    "expected at most one argument": "حداکثر یک مقدار پذیرفته است",
    "expected at least one argument": "دست‌کم یک مقدار لازم است",
    "expected {count} arguments": "{count} مقدار لازم است",
    "not allowed with argument {name}": "همراه با آرگومان {name} مجاز نیست",
    "ambiguous option: {option} could match {matches}": (
        "گزینه مبهم: {option} می‌تواند هر یک از این‌ها باشد: {matches}"
    ),
    "one of the arguments {names} is required": "یکی از این آرگومان‌ها لازم است: {names}",
    "ignored explicit argument {value}": "مقدار داده‌شده نادیده گرفته شد: {value}",
}
