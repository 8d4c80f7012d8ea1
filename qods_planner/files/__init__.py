"""The project file: one JSON document per exhibition (see docs/project-format.md).

`save_project` writes atomically; `load_project` validates the header, the JSON Schema
(`project_schema()`), every entity and the whole-project rules, and raises `ProjectFileError`
naming every problem and where it is.
"""

from .decode import project_from_dict
from .encode import EXTENSION, FORMAT, FORMAT_VERSION, project_to_dict
from .file_error import MAX_REPORTED, ProjectFileError
from .schema import project_schema, schema_problems
from .storage import dumps, load_project, parse_text, save_project

__all__ = [
    "EXTENSION",
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_REPORTED",
    "ProjectFileError",
    "dumps",
    "load_project",
    "parse_text",
    "project_from_dict",
    "project_schema",
    "project_to_dict",
    "save_project",
    "schema_problems",
]
