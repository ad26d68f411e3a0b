"""
Compiled core of libls. Import libls, not this module.
"""
from __future__ import annotations
import collections.abc
import enum
import numpy
import numpy.typing
import typing
__all__: list[str] = ['Catalog', 'CatalogAlias', 'CatalogEntry', 'CatalogSet', 'Crosswalk', 'CrosswalkLink', 'CrosswalkRelation', 'Instrument', 'Issue', 'Moments', 'ReadOptions', 'ResponseScale', 'ScaleOption', 'Severity', 'Subscale', 'Summary', 'SurveyItem', 'Tag', 'TagTranslation', 'ValidationReport', 'builtin_catalogs', 'builtin_instrument', 'builtin_instruments', 'check_tags', 'summarise', 'version']
class Severity(enum.Enum):
    """
    Enumeration ls::severity; members are named as in JSON.
    """
    error: typing.ClassVar[Severity]
    warning: typing.ClassVar[Severity]
    @classmethod
    def __new__(cls, value):
        ...
class CrosswalkRelation(enum.Enum):
    """
    Enumeration ls::crosswalk_relation; members are named as in JSON.
    """
    broader: typing.ClassVar[CrosswalkRelation]
    narrower: typing.ClassVar[CrosswalkRelation]
    related: typing.ClassVar[CrosswalkRelation]
    renamed: typing.ClassVar[CrosswalkRelation]
    same: typing.ClassVar[CrosswalkRelation]
    @classmethod
    def __new__(cls, value):
        ...
class Issue:
    """
    libls type ls::issue. Build with keywords; every field has a default.
    
    Attributes
    ----------
    code : str
    path : str
    message : str
    severity : Severity
    """
    __hash__: typing.ClassVar[None] = None
    code: str
    message: str
    path: str
    severity: Severity
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Issue:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Issue:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Issue:
        ...
    def __deepcopy__(self, arg0: dict) -> Issue:
        ...
    def __eq__(self, arg0: Issue) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
class ValidationReport:
    """
    libls type ls::validation_report. Build with keywords; every field has a default.
    
    Attributes
    ----------
    issues : list[Issue]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ValidationReport:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ValidationReport:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ValidationReport:
        ...
    def __deepcopy__(self, arg0: dict) -> ValidationReport:
        ...
    def __eq__(self, arg0: ValidationReport) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def error_count(self) -> int:
        ...
    def ok(self) -> bool:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def to_string(self) -> str:
        ...
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    def warning_count(self) -> int:
        ...
    @property
    def issues(self) -> list[Issue]:
        ...
    @issues.setter
    def issues(self, arg0: collections.abc.Sequence[Issue]) -> None:
        ...
class ReadOptions:
    """
    libls type ls::read_options. Build with keywords; every field has a default.
    
    Attributes
    ----------
    strict : bool
    max_depth : int
    """
    __hash__: typing.ClassVar[None] = None
    strict: bool
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ReadOptions:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ReadOptions:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ReadOptions:
        ...
    def __deepcopy__(self, arg0: dict) -> ReadOptions:
        ...
    def __eq__(self, arg0: ReadOptions) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def max_depth(self) -> int:
        ...
    @max_depth.setter
    def max_depth(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Summary:
    """
    libls type ls::summary. Build with keywords; every field has a default.
    
    Attributes
    ----------
    count : int
    missing : int
    mean : float
    standard_deviation : float
    minimum : float
    maximum : float
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Summary:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Summary:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Summary:
        ...
    def __deepcopy__(self, arg0: dict) -> Summary:
        ...
    def __eq__(self, arg0: Summary) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def count(self) -> int:
        ...
    @count.setter
    def count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def maximum(self) -> float:
        ...
    @maximum.setter
    def maximum(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def mean(self) -> float:
        ...
    @mean.setter
    def mean(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def minimum(self) -> float:
        ...
    @minimum.setter
    def minimum(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def missing(self) -> int:
        ...
    @missing.setter
    def missing(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def standard_deviation(self) -> float:
        ...
    @standard_deviation.setter
    def standard_deviation(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class Moments:
    """
    libls type ls::moments. Build with keywords; every field has a default.
    
    Attributes
    ----------
    count : int
    missing : int
    mean : float
    squared_deviations : float
    minimum : float
    maximum : float
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Moments:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Moments:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Moments:
        ...
    def __deepcopy__(self, arg0: dict) -> Moments:
        ...
    def __eq__(self, arg0: Moments) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def add(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    def merge(self, arg0: Moments) -> None:
        ...
    def result(self) -> Summary:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def count(self) -> int:
        ...
    @count.setter
    def count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def maximum(self) -> float:
        ...
    @maximum.setter
    def maximum(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def mean(self) -> float:
        ...
    @mean.setter
    def mean(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def minimum(self) -> float:
        ...
    @minimum.setter
    def minimum(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def missing(self) -> int:
        ...
    @missing.setter
    def missing(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def squared_deviations(self) -> float:
        ...
    @squared_deviations.setter
    def squared_deviations(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class Tag:
    """
    libls type ls::tag. Build with keywords; every field has a default.
    
    Attributes
    ----------
    scheme : str
    id : str
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    scheme: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Tag:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Tag:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Tag:
        ...
    def __deepcopy__(self, arg0: dict) -> Tag:
        ...
    def __eq__(self, arg0: Tag) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
class CatalogAlias:
    """
    libls type ls::catalog_alias. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    title : str | None
    note : str | None
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    note: str | None
    title: str | None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CatalogAlias:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CatalogAlias:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CatalogAlias:
        ...
    def __deepcopy__(self, arg0: dict) -> CatalogAlias:
        ...
    def __eq__(self, arg0: CatalogAlias) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
class CatalogEntry:
    """
    libls type ls::catalog_entry. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    kind : str
    parent : str | None
    title : str | None
    description : str | None
    aliases : list[CatalogAlias]
    """
    __hash__: typing.ClassVar[None] = None
    description: str | None
    id: str
    kind: str
    parent: str | None
    title: str | None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CatalogEntry:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CatalogEntry:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CatalogEntry:
        ...
    def __deepcopy__(self, arg0: dict) -> CatalogEntry:
        ...
    def __eq__(self, arg0: CatalogEntry) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def is_known(self) -> bool:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def aliases(self) -> list[CatalogAlias]:
        ...
    @aliases.setter
    def aliases(self, arg0: collections.abc.Sequence[CatalogAlias]) -> None:
        ...
class Catalog:
    """
    libls type ls::catalog. Build with keywords; every field has a default.
    
    Attributes
    ----------
    scheme : str
    title : str
    edition : str | None
    source : str | None
    kinds : list[str]
    entries : list[CatalogEntry]
    """
    __hash__: typing.ClassVar[None] = None
    edition: str | None
    scheme: str
    source: str | None
    title: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Catalog:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Catalog:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Catalog:
        ...
    def __deepcopy__(self, arg0: dict) -> Catalog:
        ...
    def __eq__(self, arg0: Catalog) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def ancestors(self, arg0: str) -> list[CatalogEntry]:
        ...
    def children(self, arg0: str) -> list[CatalogEntry]:
        ...
    def find(self, arg0: str) -> CatalogEntry | None:
        ...
    def of_kind(self, arg0: str) -> list[CatalogEntry]:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def unknown_entries(self) -> list[CatalogEntry]:
        ...
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def entries(self) -> list[CatalogEntry]:
        ...
    @entries.setter
    def entries(self, arg0: collections.abc.Sequence[CatalogEntry]) -> None:
        ...
    @property
    def kinds(self) -> list[str]:
        ...
    @kinds.setter
    def kinds(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
class CrosswalkLink:
    """
    libls type ls::crosswalk_link. Build with keywords; every field has a default.
    
    Attributes
    ----------
    from_id : str
    to_id : str
    relation : CrosswalkRelation
    note : str | None
    """
    __hash__: typing.ClassVar[None] = None
    from_id: str
    note: str | None
    relation: CrosswalkRelation
    to_id: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CrosswalkLink:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CrosswalkLink:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CrosswalkLink:
        ...
    def __deepcopy__(self, arg0: dict) -> CrosswalkLink:
        ...
    def __eq__(self, arg0: CrosswalkLink) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
class Crosswalk:
    """
    libls type ls::crosswalk. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    from_scheme : str
    to_scheme : str
    source : str | None
    links : list[CrosswalkLink]
    from_without_counterpart : list[str]
    to_without_counterpart : list[str]
    """
    __hash__: typing.ClassVar[None] = None
    from_scheme: str
    id: str
    source: str | None
    to_scheme: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Crosswalk:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Crosswalk:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Crosswalk:
        ...
    def __deepcopy__(self, arg0: dict) -> Crosswalk:
        ...
    def __eq__(self, arg0: Crosswalk) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def links_from(self, arg0: str) -> list[CrosswalkLink]:
        ...
    def links_to(self, arg0: str) -> list[CrosswalkLink]:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def from_without_counterpart(self) -> list[str]:
        ...
    @from_without_counterpart.setter
    def from_without_counterpart(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def links(self) -> list[CrosswalkLink]:
        ...
    @links.setter
    def links(self, arg0: collections.abc.Sequence[CrosswalkLink]) -> None:
        ...
    @property
    def to_without_counterpart(self) -> list[str]:
        ...
    @to_without_counterpart.setter
    def to_without_counterpart(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
class TagTranslation:
    """
    libls type ls::tag_translation. Build with keywords; every field has a default.
    
    Attributes
    ----------
    target : Tag
    relation : CrosswalkRelation
    note : str | None
    crosswalk : str
    """
    __hash__: typing.ClassVar[None] = None
    crosswalk: str
    note: str | None
    relation: CrosswalkRelation
    target: Tag
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> TagTranslation:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> TagTranslation:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> TagTranslation:
        ...
    def __deepcopy__(self, arg0: dict) -> TagTranslation:
        ...
    def __eq__(self, arg0: TagTranslation) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
class CatalogSet:
    """
    libls type ls::catalog_set. Build with keywords; every field has a default.
    
    Attributes
    ----------
    catalogs : list[Catalog]
    crosswalks : list[Crosswalk]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CatalogSet:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CatalogSet:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CatalogSet:
        ...
    def __deepcopy__(self, arg0: dict) -> CatalogSet:
        ...
    def __eq__(self, arg0: CatalogSet) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def get(self, arg0: str) -> Catalog | None:
        ...
    def put(self, arg0: Catalog) -> None:
        ...
    def put_crosswalk(self, arg0: Crosswalk) -> None:
        ...
    def resolve(self, arg0: Tag) -> CatalogEntry | None:
        ...
    def schemes(self) -> list[str]:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def translate(self, arg0: Tag, arg1: str) -> list[TagTranslation]:
        ...
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def catalogs(self) -> list[Catalog]:
        ...
    @catalogs.setter
    def catalogs(self, arg0: collections.abc.Sequence[Catalog]) -> None:
        ...
    @property
    def crosswalks(self) -> list[Crosswalk]:
        ...
    @crosswalks.setter
    def crosswalks(self, arg0: collections.abc.Sequence[Crosswalk]) -> None:
        ...
class ScaleOption:
    """
    libls type ls::scale_option. Build with keywords; every field has a default.
    
    Attributes
    ----------
    code : int
    label : str
    non_substantive : bool
    favorable : bool
    """
    __hash__: typing.ClassVar[None] = None
    favorable: bool
    label: str
    non_substantive: bool
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ScaleOption:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ScaleOption:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ScaleOption:
        ...
    def __deepcopy__(self, arg0: dict) -> ScaleOption:
        ...
    def __eq__(self, arg0: ScaleOption) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def code(self) -> int:
        ...
    @code.setter
    def code(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class ResponseScale:
    """
    libls type ls::response_scale. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    options : list[ScaleOption]
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ResponseScale:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ResponseScale:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ResponseScale:
        ...
    def __deepcopy__(self, arg0: dict) -> ResponseScale:
        ...
    def __eq__(self, arg0: ResponseScale) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def substantive_count(self) -> int:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def options(self) -> list[ScaleOption]:
        ...
    @options.setter
    def options(self, arg0: collections.abc.Sequence[ScaleOption]) -> None:
        ...
class SurveyItem:
    """
    libls type ls::survey_item. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    text : str
    scale : str | None
    open_text : bool
    reverse_keyed : bool
    tags : list[Tag]
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    open_text: bool
    reverse_keyed: bool
    scale: str | None
    text: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> SurveyItem:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> SurveyItem:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> SurveyItem:
        ...
    def __deepcopy__(self, arg0: dict) -> SurveyItem:
        ...
    def __eq__(self, arg0: SurveyItem) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def tags(self) -> list[Tag]:
        ...
    @tags.setter
    def tags(self, arg0: collections.abc.Sequence[Tag]) -> None:
        ...
class Subscale:
    """
    libls type ls::subscale. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    title : str
    items : list[str]
    min_answered : int | None
    tags : list[Tag]
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    title: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Subscale:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Subscale:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Subscale:
        ...
    def __deepcopy__(self, arg0: dict) -> Subscale:
        ...
    def __eq__(self, arg0: Subscale) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def items(self) -> list[str]:
        ...
    @items.setter
    def items(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def min_answered(self) -> int | None:
        ...
    @min_answered.setter
    def min_answered(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def tags(self) -> list[Tag]:
        ...
    @tags.setter
    def tags(self, arg0: collections.abc.Sequence[Tag]) -> None:
        ...
class Instrument:
    """
    libls type ls::instrument. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    title : str
    version : str | None
    description : str | None
    source : str | None
    scales : list[ResponseScale]
    items : list[SurveyItem]
    subscales : list[Subscale]
    """
    __hash__: typing.ClassVar[None] = None
    description: str | None
    id: str
    source: str | None
    title: str
    version: str | None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Instrument:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Instrument:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Instrument:
        ...
    def __deepcopy__(self, arg0: dict) -> Instrument:
        ...
    def __eq__(self, arg0: Instrument) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def find_item(self, arg0: str) -> SurveyItem | None:
        ...
    def items_tagged(self, arg0: Tag) -> list[SurveyItem]:
        ...
    def rated_item_ids(self) -> list[str]:
        ...
    def scale_of(self, arg0: str) -> ResponseScale | None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def items(self) -> list[SurveyItem]:
        ...
    @items.setter
    def items(self, arg0: collections.abc.Sequence[SurveyItem]) -> None:
        ...
    @property
    def scales(self) -> list[ResponseScale]:
        ...
    @scales.setter
    def scales(self, arg0: collections.abc.Sequence[ResponseScale]) -> None:
        ...
    @property
    def subscales(self) -> list[Subscale]:
        ...
    @subscales.setter
    def subscales(self, arg0: collections.abc.Sequence[Subscale]) -> None:
        ...
def builtin_catalogs() -> CatalogSet:
    """
    The catalogs and crosswalks libls ships.
    
    Returns
    -------
    CatalogSet
        A copy: the two editions of the Standards for Professional Learning, the attributes of
        a learning system, Hord's dimensions and requirements, the four principles, the nine
        component systems, the roles, KASAB and the six factors, and the 2011-2022 crosswalk.
        Add your own catalogs to it with ``put``.
    """
def builtin_instrument(id: str) -> Instrument:
    """
    One built-in instrument by id.
    
    Parameters
    ----------
    id : str
        ``"where_are_we_now"`` or ``"six_factor_rating"``.
    
    Returns
    -------
    Instrument
        A copy. Raises libls.Error naming the ids there are when there is none by that id.
    """
def builtin_instruments() -> list[Instrument]:
    """
    The instruments libls ships, in id order.
    
    Returns
    -------
    list[Instrument]
        Copies of ``six_factor_rating`` (the six-factor rating form) and ``where_are_we_now``
        (the five-statement self-assessment).
    """
def check_tags(value: typing.Any, catalogs: CatalogSet | None = None) -> ValidationReport:
    """
    Resolve every tag inside a libls object against a set of catalogs.
    
    Parameters
    ----------
    value : any libls object
        An instrument, a KASAB chart, an IC map, ...: tags are found at any depth.
    catalogs : CatalogSet, optional
        The catalogs to resolve against; the built-in ones by default.
    
    Returns
    -------
    ValidationReport
        One error per tag that does not resolve (``tag.unknown_scheme``, ``tag.unknown_id``),
        at the tag's path. Never raises for bad content.
    """
def summarise(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> Summary:
    """
    Count, missing, mean, sample standard deviation, minimum and maximum.
    
    Parameters
    ----------
    values : array_like
        One-dimensional numbers; NaN counts as missing. A contiguous float64 array is read
        in place; anything else is first copied to one.
    
    Returns
    -------
    Summary
        With count 0 every statistic is NaN; with count 1 the standard deviation is NaN.
    """
def version() -> str:
    """
    The version of the compiled C++ library.
    """
__version__: str = '0.1.0'
