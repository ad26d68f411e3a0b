"""
Compiled core of libls. Import libls, not this module.
"""
from __future__ import annotations
import collections.abc
import enum
import numpy
import numpy.typing
import typing
__all__: list[str] = ['Catalog', 'CatalogAlias', 'CatalogEntry', 'CatalogSet', 'Crosswalk', 'CrosswalkLink', 'CrosswalkRelation', 'CustomRole', 'CycleDefinition', 'CycleEntry', 'CycleEvidence', 'CycleEvidenceKind', 'CycleLog', 'CycleOverviewReport', 'CyclePosition', 'CycleStage', 'CycleStageDescription', 'Instrument', 'Issue', 'Moments', 'OrgUnit', 'OrgUnitKind', 'Organization', 'Person', 'ReadOptions', 'ResponseScale', 'ScaleOption', 'Severity', 'Subscale', 'Summary', 'SurveyItem', 'SystemKind', 'Tag', 'TagTranslation', 'TeamCycleState', 'TeamCycleStatus', 'ValidationReport', 'builtin_catalogs', 'builtin_instrument', 'builtin_instruments', 'check_tags', 'cycle_overview', 'cycle_stage_number', 'cycle_stages', 'describe_cycle_stage', 'may_be_placed_under', 'summarise', 'version']
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
class SystemKind(enum.Enum):
    """
    Enumeration ls::system_kind; members are named as in JSON.
    """
    charter_network: typing.ClassVar[SystemKind]
    district: typing.ClassVar[SystemKind]
    network_of_schools: typing.ClassVar[SystemKind]
    @classmethod
    def __new__(cls, value):
        ...
class OrgUnitKind(enum.Enum):
    """
    Enumeration ls::org_unit_kind; members are named as in JSON.
    """
    network: typing.ClassVar[OrgUnitKind]
    school: typing.ClassVar[OrgUnitKind]
    team: typing.ClassVar[OrgUnitKind]
    @classmethod
    def __new__(cls, value):
        ...
class CycleDefinition(enum.Enum):
    """
    Enumeration ls::cycle_definition; members are named as in JSON.
    """
    seven_steps: typing.ClassVar[CycleDefinition]
    six_steps: typing.ClassVar[CycleDefinition]
    @classmethod
    def __new__(cls, value):
        ...
class CycleStage(enum.Enum):
    """
    Enumeration ls::cycle_stage; members are named as in JSON.
    """
    analyze_data: typing.ClassVar[CycleStage]
    apply_with_support: typing.ClassVar[CycleStage]
    evaluate: typing.ClassVar[CycleStage]
    extend_learning: typing.ClassVar[CycleStage]
    monitor_and_evaluate: typing.ClassVar[CycleStage]
    monitor_and_refine: typing.ClassVar[CycleStage]
    select_strategies: typing.ClassVar[CycleStage]
    set_goals: typing.ClassVar[CycleStage]
    @classmethod
    def __new__(cls, value):
        ...
class CycleEvidenceKind(enum.Enum):
    """
    Enumeration ls::cycle_evidence_kind; members are named as in JSON.
    """
    data_source: typing.ClassVar[CycleEvidenceKind]
    goal: typing.ClassVar[CycleEvidenceKind]
    implementation_note: typing.ClassVar[CycleEvidenceKind]
    other: typing.ClassVar[CycleEvidenceKind]
    result: typing.ClassVar[CycleEvidenceKind]
    strategy: typing.ClassVar[CycleEvidenceKind]
    @classmethod
    def __new__(cls, value):
        ...
class TeamCycleState(enum.Enum):
    """
    Enumeration ls::team_cycle_state; members are named as in JSON.
    """
    in_progress: typing.ClassVar[TeamCycleState]
    invalid: typing.ClassVar[TeamCycleState]
    no_log: typing.ClassVar[TeamCycleState]
    not_started: typing.ClassVar[TeamCycleState]
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
class OrgUnit:
    """
    libls type ls::org_unit. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    name : str
    kind : OrgUnitKind
    parent : str | None
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    kind: OrgUnitKind
    name: str
    parent: str | None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> OrgUnit:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> OrgUnit:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> OrgUnit:
        ...
    def __deepcopy__(self, arg0: dict) -> OrgUnit:
        ...
    def __eq__(self, arg0: OrgUnit) -> bool:
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
class CustomRole:
    """
    libls type ls::custom_role. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    title : str
    description : str | None
    """
    __hash__: typing.ClassVar[None] = None
    description: str | None
    id: str
    title: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CustomRole:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CustomRole:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CustomRole:
        ...
    def __deepcopy__(self, arg0: dict) -> CustomRole:
        ...
    def __eq__(self, arg0: CustomRole) -> bool:
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
class Person:
    """
    libls type ls::person. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    name : str
    roles : list[str]
    units : list[str]
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    name: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Person:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Person:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Person:
        ...
    def __deepcopy__(self, arg0: dict) -> Person:
        ...
    def __eq__(self, arg0: Person) -> bool:
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
    def roles(self) -> list[str]:
        ...
    @roles.setter
    def roles(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def units(self) -> list[str]:
        ...
    @units.setter
    def units(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
class Organization:
    """
    libls type ls::organization. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    name : str
    kind : SystemKind
    units : list[OrgUnit]
    people : list[Person]
    custom_roles : list[CustomRole]
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    kind: SystemKind
    name: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Organization:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Organization:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Organization:
        ...
    def __deepcopy__(self, arg0: dict) -> Organization:
        ...
    def __eq__(self, arg0: Organization) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def ancestors_of(self, arg0: str) -> list[OrgUnit]:
        ...
    def find_person(self, arg0: str) -> Person | None:
        ...
    def find_unit(self, arg0: str) -> OrgUnit | None:
        ...
    def has_role(self, arg0: str) -> bool:
        ...
    def members_of(self, arg0: str) -> list[Person]:
        ...
    def members_within(self, arg0: str) -> list[Person]:
        ...
    def people_with_role(self, arg0: str) -> list[Person]:
        ...
    def school_of(self, arg0: str) -> OrgUnit | None:
        ...
    def schools(self) -> list[OrgUnit]:
        ...
    def teams_of(self, arg0: str) -> list[OrgUnit]:
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
    def custom_roles(self) -> list[CustomRole]:
        ...
    @custom_roles.setter
    def custom_roles(self, arg0: collections.abc.Sequence[CustomRole]) -> None:
        ...
    @property
    def people(self) -> list[Person]:
        ...
    @people.setter
    def people(self, arg0: collections.abc.Sequence[Person]) -> None:
        ...
    @property
    def units(self) -> list[OrgUnit]:
        ...
    @units.setter
    def units(self, arg0: collections.abc.Sequence[OrgUnit]) -> None:
        ...
class CycleStageDescription:
    """
    libls type ls::cycle_stage_description. Build with keywords; every field has a default.
    
    Attributes
    ----------
    stage : CycleStage
    title : str
    description : str
    """
    __hash__: typing.ClassVar[None] = None
    description: str
    stage: CycleStage
    title: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CycleStageDescription:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CycleStageDescription:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CycleStageDescription:
        ...
    def __deepcopy__(self, arg0: dict) -> CycleStageDescription:
        ...
    def __eq__(self, arg0: CycleStageDescription) -> bool:
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
class CycleEvidence:
    """
    libls type ls::cycle_evidence. Build with keywords; every field has a default.
    
    Attributes
    ----------
    kind : CycleEvidenceKind
    description : str
    source : str | None
    tags : list[Tag]
    """
    __hash__: typing.ClassVar[None] = None
    description: str
    kind: CycleEvidenceKind
    source: str | None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CycleEvidence:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CycleEvidence:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CycleEvidence:
        ...
    def __deepcopy__(self, arg0: dict) -> CycleEvidence:
        ...
    def __eq__(self, arg0: CycleEvidence) -> bool:
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
class CycleEntry:
    """
    libls type ls::cycle_entry. Build with keywords; every field has a default.
    
    Attributes
    ----------
    stage : CycleStage
    iteration : int
    started : str
    ended : str | None
    owner : str
    evidence : list[CycleEvidence]
    skipped : bool
    skip_reason : str | None
    """
    __hash__: typing.ClassVar[None] = None
    ended: str | None
    owner: str
    skip_reason: str | None
    skipped: bool
    stage: CycleStage
    started: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CycleEntry:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CycleEntry:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CycleEntry:
        ...
    def __deepcopy__(self, arg0: dict) -> CycleEntry:
        ...
    def __eq__(self, arg0: CycleEntry) -> bool:
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
    def evidence(self) -> list[CycleEvidence]:
        ...
    @evidence.setter
    def evidence(self, arg0: collections.abc.Sequence[CycleEvidence]) -> None:
        ...
    @property
    def iteration(self) -> int:
        ...
    @iteration.setter
    def iteration(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class CyclePosition:
    """
    libls type ls::cycle_position. Build with keywords; every field has a default.
    
    Attributes
    ----------
    stage : CycleStage
    stage_number : int
    stage_count : int
    iteration : int
    since : str
    ended : str | None
    open : bool
    skipped : bool
    """
    __hash__: typing.ClassVar[None] = None
    ended: str | None
    open: bool
    since: str
    skipped: bool
    stage: CycleStage
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CyclePosition:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CyclePosition:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CyclePosition:
        ...
    def __deepcopy__(self, arg0: dict) -> CyclePosition:
        ...
    def __eq__(self, arg0: CyclePosition) -> bool:
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
    def iteration(self) -> int:
        ...
    @iteration.setter
    def iteration(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def stage_count(self) -> int:
        ...
    @stage_count.setter
    def stage_count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def stage_number(self) -> int:
        ...
    @stage_number.setter
    def stage_number(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class CycleLog:
    """
    libls type ls::cycle_log. Build with keywords; every field has a default.
    
    Attributes
    ----------
    team : str
    definition : CycleDefinition
    entries : list[CycleEntry]
    """
    __hash__: typing.ClassVar[None] = None
    definition: CycleDefinition
    team: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CycleLog:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CycleLog:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CycleLog:
        ...
    def __deepcopy__(self, arg0: dict) -> CycleLog:
        ...
    def __eq__(self, arg0: CycleLog) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def completed_iterations(self) -> int:
        ...
    def position(self) -> CyclePosition | None:
        ...
    def position_as_of(self, arg0: str) -> CyclePosition | None:
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
    def entries(self) -> list[CycleEntry]:
        ...
    @entries.setter
    def entries(self, arg0: collections.abc.Sequence[CycleEntry]) -> None:
        ...
class TeamCycleStatus:
    """
    libls type ls::team_cycle_status. Build with keywords; every field has a default.
    
    Attributes
    ----------
    team : str
    log : int | None
    school : str | None
    state : TeamCycleState
    position : CyclePosition | None
    days_in_stage : int | None
    issues : list[Issue]
    """
    __hash__: typing.ClassVar[None] = None
    position: CyclePosition | None
    school: str | None
    state: TeamCycleState
    team: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> TeamCycleStatus:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> TeamCycleStatus:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> TeamCycleStatus:
        ...
    def __deepcopy__(self, arg0: dict) -> TeamCycleStatus:
        ...
    def __eq__(self, arg0: TeamCycleStatus) -> bool:
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
    def days_in_stage(self) -> int | None:
        ...
    @days_in_stage.setter
    def days_in_stage(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def issues(self) -> list[Issue]:
        ...
    @issues.setter
    def issues(self, arg0: collections.abc.Sequence[Issue]) -> None:
        ...
    @property
    def log(self) -> int | None:
        ...
    @log.setter
    def log(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class CycleOverviewReport:
    """
    libls type ls::cycle_overview_report. Build with keywords; every field has a default.
    
    Attributes
    ----------
    as_of : str
    teams : list[TeamCycleStatus]
    """
    __hash__: typing.ClassVar[None] = None
    as_of: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CycleOverviewReport:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CycleOverviewReport:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CycleOverviewReport:
        ...
    def __deepcopy__(self, arg0: dict) -> CycleOverviewReport:
        ...
    def __eq__(self, arg0: CycleOverviewReport) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def invalid_count(self) -> int:
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
    def teams(self) -> list[TeamCycleStatus]:
        ...
    @teams.setter
    def teams(self, arg0: collections.abc.Sequence[TeamCycleStatus]) -> None:
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
def cycle_overview(logs: collections.abc.Sequence[CycleLog], as_of: str, organization: Organization | None = None) -> CycleOverviewReport:
    """
    Where every learning team is in its cycle on a day, and for how long.
    
    Parameters
    ----------
    logs : list[CycleLog]
        One log per team. They are validated, not modified.
    as_of : str
        The day, as ``"YYYY-MM-DD"``. Entries started after it are not counted yet.
    organization : Organization or None
        When given, each row names the team's school, each log's team must be a team of the
        organization, and teams of it without a log get a row with state ``no_log``.
    
    Returns
    -------
    CycleOverviewReport
        One row per log in the order given (then the teams without a log). A log with
        errors gives a row with state ``invalid`` and its issues, with paths into ``logs``
        such as ``/2/entries/3/stage``; it does not raise.
    
    Raises
    ------
    libls.Error
        When ``as_of`` is not a date.
    libls.ValidationError
        When the organization has errors (its issues are listed).
    """
def cycle_stage_number(definition: CycleDefinition, stage: CycleStage) -> int | None:
    """
    The 1-based place of a stage in a cycle definition.
    
    Parameters
    ----------
    definition : CycleDefinition
    stage : CycleStage
    
    Returns
    -------
    int or None
        None when the definition does not use the stage (``evaluate`` in six steps).
    """
def cycle_stages(definition: CycleDefinition) -> list[CycleStage]:
    """
    The stages of a cycle definition, in order.
    
    Parameters
    ----------
    definition : CycleDefinition
        ``six_steps`` or ``seven_steps``.
    
    Returns
    -------
    list[CycleStage]
        Six or seven stages; the seven-step cycle splits the last step into
        ``monitor_and_refine`` and ``evaluate``.
    """
def describe_cycle_stage(stage: CycleStage) -> CycleStageDescription:
    """
    Title and description of a stage of the cycle of continuous improvement.
    
    Parameters
    ----------
    stage : CycleStage
    
    Returns
    -------
    CycleStageDescription
    """
def may_be_placed_under(child: OrgUnitKind, parent: OrgUnitKind | None = None) -> bool:
    """
    Whether a unit of kind ``child`` may be placed under a unit of kind ``parent``.
    
    Parameters
    ----------
    child : OrgUnitKind
        The kind of the unit being placed.
    parent : OrgUnitKind or None
        The kind of its parent; None means directly under the system.
    
    Returns
    -------
    bool
        A school sits under the system or a network, a network under the system or a
        network, a team anywhere (under a team it is a sub-team).
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
