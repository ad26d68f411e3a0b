"""
Compiled core of libls. Import libls, not this module.
"""
from __future__ import annotations
import collections.abc
import enum
import numpy
import numpy.typing
import typing
__all__: list[str] = ['CustomRole', 'CycleDefinition', 'CycleEntry', 'CycleEvidence', 'CycleEvidenceKind', 'CycleLog', 'CycleOverviewReport', 'CyclePosition', 'CycleStage', 'CycleStageDescription', 'Issue', 'Moments', 'OrgUnit', 'OrgUnitKind', 'Organization', 'Person', 'ReadOptions', 'ResponseScale', 'ScaleOption', 'Severity', 'Summary', 'SystemKind', 'Tag', 'TeamCycleState', 'TeamCycleStatus', 'ValidationReport', 'cycle_overview', 'cycle_stage_number', 'cycle_stages', 'describe_cycle_stage', 'may_be_placed_under', 'summarise', 'version']
class Severity(enum.Enum):
    """
    Enumeration ls::severity; members are named as in JSON.
    """
    error: typing.ClassVar[Severity]
    warning: typing.ClassVar[Severity]
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
