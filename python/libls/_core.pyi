"""
Compiled core of libls. Import libls, not this module.
"""
from __future__ import annotations
import collections.abc
import enum
import numpy
import numpy.typing
import typing
__all__: list[str] = ['IcCount', 'IcDistribution', 'IcMap', 'IcOutcome', 'IcOutcomeDistribution', 'IcPlacement', 'IcSubjectKind', 'Issue', 'Moments', 'Protocol', 'ProtocolSession', 'ProtocolSessionBudget', 'ProtocolStep', 'ProtocolTimeBudget', 'ReadOptions', 'ResponseScale', 'ScaleOption', 'Severity', 'Summary', 'Tag', 'ValidationReport', 'builtin_protocol', 'builtin_protocol_ids', 'builtin_protocols', 'check_ic_placements', 'ic_placement_distribution', 'ic_placement_distribution_by_date', 'latest_ic_placements', 'summarise', 'version']
class Severity(enum.Enum):
    """
    Enumeration ls::severity; members are named as in JSON.
    """
    error: typing.ClassVar[Severity]
    warning: typing.ClassVar[Severity]
    @classmethod
    def __new__(cls, value):
        ...
class IcSubjectKind(enum.Enum):
    """
    Enumeration ls::ic_subject_kind; members are named as in JSON.
    """
    person: typing.ClassVar[IcSubjectKind]
    team: typing.ClassVar[IcSubjectKind]
    @classmethod
    def __new__(cls, value):
        ...
class IcCount(enum.Enum):
    """
    Enumeration ls::ic_count; members are named as in JSON.
    """
    every_placement: typing.ClassVar[IcCount]
    latest_per_subject: typing.ClassVar[IcCount]
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
class IcOutcome:
    """
    libls type ls::ic_outcome. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    standard : Tag
    construct : Tag | None
    desired_outcome : str
    levels : list[str | None]
    """
    __hash__: typing.ClassVar[None] = None
    construct: Tag | None
    desired_outcome: str
    id: str
    standard: Tag
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> IcOutcome:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> IcOutcome:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> IcOutcome:
        ...
    def __deepcopy__(self, arg0: dict) -> IcOutcome:
        ...
    def __eq__(self, arg0: IcOutcome) -> bool:
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
    def levels(self) -> list[str | None]:
        ...
    @levels.setter
    def levels(self, arg0: collections.abc.Sequence[str | None]) -> None:
        ...
class IcMap:
    """
    libls type ls::ic_map. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    title : str
    role : str
    level_count : int
    outcomes : list[IcOutcome]
    tags : list[Tag]
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    role: str
    title: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> IcMap:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> IcMap:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> IcMap:
        ...
    def __deepcopy__(self, arg0: dict) -> IcMap:
        ...
    def __eq__(self, arg0: IcMap) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def find_outcome(self, arg0: str) -> IcOutcome | None:
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
    def level_count(self) -> int:
        ...
    @level_count.setter
    def level_count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def outcomes(self) -> list[IcOutcome]:
        ...
    @outcomes.setter
    def outcomes(self, arg0: collections.abc.Sequence[IcOutcome]) -> None:
        ...
    @property
    def tags(self) -> list[Tag]:
        ...
    @tags.setter
    def tags(self, arg0: collections.abc.Sequence[Tag]) -> None:
        ...
class IcPlacement:
    """
    libls type ls::ic_placement. Build with keywords; every field has a default.
    
    Attributes
    ----------
    map : str
    outcome : str
    subject : str
    subject_kind : IcSubjectKind
    level : int
    date : str
    note : str | None
    """
    __hash__: typing.ClassVar[None] = None
    date: str
    map: str
    note: str | None
    outcome: str
    subject: str
    subject_kind: IcSubjectKind
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> IcPlacement:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> IcPlacement:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> IcPlacement:
        ...
    def __deepcopy__(self, arg0: dict) -> IcPlacement:
        ...
    def __eq__(self, arg0: IcPlacement) -> bool:
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
    def level(self) -> int:
        ...
    @level.setter
    def level(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class IcOutcomeDistribution:
    """
    libls type ls::ic_outcome_distribution. Build with keywords; every field has a default.
    
    Attributes
    ----------
    outcome : str
    n : int
    level_counts : list[int]
    share_at_or_near_ideal : float
    mean_level : float
    median_level : float
    """
    __hash__: typing.ClassVar[None] = None
    outcome: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> IcOutcomeDistribution:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> IcOutcomeDistribution:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> IcOutcomeDistribution:
        ...
    def __deepcopy__(self, arg0: dict) -> IcOutcomeDistribution:
        ...
    def __eq__(self, arg0: IcOutcomeDistribution) -> bool:
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
    def level_counts(self) -> list[int]:
        ...
    @level_counts.setter
    def level_counts(self, arg0: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def mean_level(self) -> float:
        ...
    @mean_level.setter
    def mean_level(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def median_level(self) -> float:
        ...
    @median_level.setter
    def median_level(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def n(self) -> int:
        ...
    @n.setter
    def n(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def share_at_or_near_ideal(self) -> float:
        ...
    @share_at_or_near_ideal.setter
    def share_at_or_near_ideal(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class IcDistribution:
    """
    libls type ls::ic_distribution. Build with keywords; every field has a default.
    
    Attributes
    ----------
    map : str
    count : IcCount
    as_of : str | None
    date : str | None
    subjects : int
    outcomes : list[IcOutcomeDistribution]
    """
    __hash__: typing.ClassVar[None] = None
    as_of: str | None
    count: IcCount
    date: str | None
    map: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> IcDistribution:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> IcDistribution:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> IcDistribution:
        ...
    def __deepcopy__(self, arg0: dict) -> IcDistribution:
        ...
    def __eq__(self, arg0: IcDistribution) -> bool:
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
    def outcomes(self) -> list[IcOutcomeDistribution]:
        ...
    @outcomes.setter
    def outcomes(self, arg0: collections.abc.Sequence[IcOutcomeDistribution]) -> None:
        ...
    @property
    def subjects(self) -> int:
        ...
    @subjects.setter
    def subjects(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class ProtocolSessionBudget:
    """
    libls type ls::protocol_session_budget. Build with keywords; every field has a default.
    
    Attributes
    ----------
    session : str
    budget_minutes : int
    planned_minutes : int
    difference_minutes : int
    """
    __hash__: typing.ClassVar[None] = None
    session: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ProtocolSessionBudget:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ProtocolSessionBudget:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> ProtocolSessionBudget:
        ...
    def __deepcopy__(self, arg0: dict) -> ProtocolSessionBudget:
        ...
    def __eq__(self, arg0: ProtocolSessionBudget) -> bool:
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
    def budget_minutes(self) -> int:
        ...
    @budget_minutes.setter
    def budget_minutes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def difference_minutes(self) -> int:
        ...
    @difference_minutes.setter
    def difference_minutes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def planned_minutes(self) -> int:
        ...
    @planned_minutes.setter
    def planned_minutes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class ProtocolTimeBudget:
    """
    libls type ls::protocol_time_budget. Build with keywords; every field has a default.
    
    Attributes
    ----------
    protocol : str
    sessions : list[ProtocolSessionBudget]
    budget_minutes : int
    session_budget_minutes : int
    planned_minutes : int
    difference_minutes : int
    """
    __hash__: typing.ClassVar[None] = None
    protocol: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ProtocolTimeBudget:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ProtocolTimeBudget:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> ProtocolTimeBudget:
        ...
    def __deepcopy__(self, arg0: dict) -> ProtocolTimeBudget:
        ...
    def __eq__(self, arg0: ProtocolTimeBudget) -> bool:
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
    def budget_minutes(self) -> int:
        ...
    @budget_minutes.setter
    def budget_minutes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def difference_minutes(self) -> int:
        ...
    @difference_minutes.setter
    def difference_minutes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def planned_minutes(self) -> int:
        ...
    @planned_minutes.setter
    def planned_minutes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def session_budget_minutes(self) -> int:
        ...
    @session_budget_minutes.setter
    def session_budget_minutes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def sessions(self) -> list[ProtocolSessionBudget]:
        ...
    @sessions.setter
    def sessions(self, arg0: collections.abc.Sequence[ProtocolSessionBudget]) -> None:
        ...
class ProtocolStep:
    """
    libls type ls::protocol_step. Build with keywords; every field has a default.
    
    Attributes
    ----------
    number : int
    title : str
    minutes : int
    description : str | None
    """
    __hash__: typing.ClassVar[None] = None
    description: str | None
    title: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ProtocolStep:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ProtocolStep:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> ProtocolStep:
        ...
    def __deepcopy__(self, arg0: dict) -> ProtocolStep:
        ...
    def __eq__(self, arg0: ProtocolStep) -> bool:
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
    def minutes(self) -> int:
        ...
    @minutes.setter
    def minutes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def number(self) -> int:
        ...
    @number.setter
    def number(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class ProtocolSession:
    """
    libls type ls::protocol_session. Build with keywords; every field has a default.
    
    Attributes
    ----------
    title : str
    minutes : int
    steps : list[ProtocolStep]
    """
    __hash__: typing.ClassVar[None] = None
    title: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ProtocolSession:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ProtocolSession:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> ProtocolSession:
        ...
    def __deepcopy__(self, arg0: dict) -> ProtocolSession:
        ...
    def __eq__(self, arg0: ProtocolSession) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def planned_minutes(self) -> int:
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
    def minutes(self) -> int:
        ...
    @minutes.setter
    def minutes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def steps(self) -> list[ProtocolStep]:
        ...
    @steps.setter
    def steps(self, arg0: collections.abc.Sequence[ProtocolStep]) -> None:
        ...
class Protocol:
    """
    libls type ls::protocol. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    title : str
    purpose : str
    total_minutes : int
    materials : list[str]
    sessions : list[ProtocolSession]
    produces : list[str]
    source : str | None
    tags : list[Tag]
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    purpose: str
    source: str | None
    title: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Protocol:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Protocol:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> Protocol:
        ...
    def __deepcopy__(self, arg0: dict) -> Protocol:
        ...
    def __eq__(self, arg0: Protocol) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def time_budget(self) -> ProtocolTimeBudget:
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
    def materials(self) -> list[str]:
        ...
    @materials.setter
    def materials(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def produces(self) -> list[str]:
        ...
    @produces.setter
    def produces(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def sessions(self) -> list[ProtocolSession]:
        ...
    @sessions.setter
    def sessions(self, arg0: collections.abc.Sequence[ProtocolSession]) -> None:
        ...
    @property
    def tags(self) -> list[Tag]:
        ...
    @tags.setter
    def tags(self, arg0: collections.abc.Sequence[Tag]) -> None:
        ...
    @property
    def total_minutes(self) -> int:
        ...
    @total_minutes.setter
    def total_minutes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
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
def builtin_protocol(id: str) -> Protocol:
    """
    The built-in protocol with this id.
    
    Parameters
    ----------
    id : str
        For example "kasab_roles" or "six_factor_support".
    
    Returns
    -------
    Protocol
    
    Raises
    ------
    Error
        When there is no built-in protocol with this id; the message lists the known ids.
    """
def builtin_protocol_ids() -> list[str]:
    """
    The ids of the built-in protocols, sorted.
    
    Returns
    -------
    list[str]
    """
def builtin_protocols() -> list[Protocol]:
    """
    Every protocol that libls ships, sorted by id.
    
    Returns
    -------
    list[Protocol]
        Loaded like a user's file. Some carry warnings from the source's own minutes (the
        KASAB protocol's sessions do not add up to their 90 minutes): see ``p.validate()``.
    """
def check_ic_placements(map: IcMap, placements: collections.abc.Sequence[IcPlacement]) -> ValidationReport:
    """
    Every issue of a list of placements against an IC map (never raises).
    
    Parameters
    ----------
    map : IcMap
        The map the placements should fit. Its own rules are not checked here (use
        ``map.validate()``).
    placements : list[IcPlacement]
    
    Returns
    -------
    ValidationReport
        Paths point into the list, e.g. ``/3/level``. Codes: ic_map.missing_map,
        ic_map.missing_outcome, ic_map.missing_subject, date.invalid, ic_map.wrong_map,
        ic_map.unknown_outcome, ic_map.level_out_of_range, ic_map.blank_level_placement,
        ic_map.duplicate_placement.
    """
def ic_placement_distribution(map: IcMap, placements: collections.abc.Sequence[IcPlacement], count: IcCount = ..., as_of: str | None = None) -> IcDistribution:
    """
    How placements spread over the levels of every outcome of a map.
    
    Parameters
    ----------
    map : IcMap
    placements : list[IcPlacement]
    count : IcCount, default IcCount.latest_per_subject
        ``latest_per_subject`` counts each subject once per outcome, at its latest placement
        (the current picture); ``every_placement`` counts every placement.
    as_of : str, optional
        "YYYY-MM-DD": only placements on or before this date are considered.
    
    Returns
    -------
    IcDistribution
        One IcOutcomeDistribution per outcome of the map, in its order, with n, the count
        per level, the share at level 1 or 2 ("at or near the ideal"), the mean and the
        median level. With n = 0 the share, mean and median are NaN.
    
    Raises
    ------
    ValidationError
        When the map, a placement or ``as_of`` has an error (nothing is skipped).
    """
def ic_placement_distribution_by_date(map: IcMap, placements: collections.abc.Sequence[IcPlacement]) -> list[IcDistribution]:
    """
    One distribution per date on which placements were made, earliest first.
    
    Parameters
    ----------
    map : IcMap
    placements : list[IcPlacement]
    
    Returns
    -------
    list[IcDistribution]
        Each counts exactly the placements of its ``date``. For a running picture when
        assessments are spread over several days, use ``ic_placement_distribution`` with
        ``as_of``.
    
    Raises
    ------
    ValidationError
        When the map or a placement has an error.
    """
def latest_ic_placements(map: IcMap, placements: collections.abc.Sequence[IcPlacement], as_of: str | None = None) -> list[IcPlacement]:
    """
    The latest placement of each subject on each outcome.
    
    Parameters
    ----------
    map : IcMap
    placements : list[IcPlacement]
    as_of : str, optional
        "YYYY-MM-DD": only placements on or before this date are considered.
    
    Returns
    -------
    list[IcPlacement]
        In the order of ``placements``. A person and a team with the same id are different
        subjects.
    
    Raises
    ------
    ValidationError
        When the map, a placement or ``as_of`` has an error; paths start with ``/map``,
        ``/placements`` or ``/as_of``.
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
