"""
Compiled core of libls. Import libls, not this module.
"""
from __future__ import annotations
import collections.abc
import enum
import numpy
import numpy.typing
import typing
__all__: list[str] = ['DescriptorStatus', 'FactorRating', 'GroupConsensus', 'Issue', 'KasabBarrierChange', 'KasabCell', 'KasabCellDiff', 'KasabCellKey', 'KasabCellState', 'KasabChart', 'KasabCompleteness', 'KasabDescriptor', 'KasabDescriptorLocation', 'KasabDiff', 'KasabDimension', 'KasabDuplicate', 'KasabGridCell', 'KasabStatusChange', 'Moments', 'ParticipantRatings', 'ReadOptions', 'ResponseScale', 'ScaleOption', 'Severity', 'SixFactorAssessment', 'SixFactorComparison', 'SixFactorSummary', 'Summary', 'SupportFactor', 'SupportFactorComparison', 'SupportFactorSummary', 'Tag', 'TeamConsensus', 'TheoryOfAction', 'TheoryOfActionBarrier', 'TheoryOfActionDiff', 'ValidationReport', 'compare_six_factor', 'default_kasab_roles', 'kasab_completeness', 'kasab_diff', 'kasab_dimension_description', 'kasab_dimension_title', 'kasab_dimensions', 'kasab_duplicates', 'kasab_letter', 'normalised_descriptor_text', 'summarise', 'summarise_six_factor', 'support_factor_description', 'support_factor_number', 'support_factor_title', 'support_factors', 'version']
class Severity(enum.Enum):
    """
    Enumeration ls::severity; members are named as in JSON.
    """
    error: typing.ClassVar[Severity]
    warning: typing.ClassVar[Severity]
    @classmethod
    def __new__(cls, value):
        ...
class KasabDimension(enum.Enum):
    """
    Enumeration ls::kasab_dimension; members are named as in JSON.
    """
    aspirations: typing.ClassVar[KasabDimension]
    attitudes: typing.ClassVar[KasabDimension]
    behaviors: typing.ClassVar[KasabDimension]
    knowledge: typing.ClassVar[KasabDimension]
    skills: typing.ClassVar[KasabDimension]
    @classmethod
    def __new__(cls, value):
        ...
class DescriptorStatus(enum.Enum):
    """
    Enumeration ls::descriptor_status; members are named as in JSON.
    """
    agreed: typing.ClassVar[DescriptorStatus]
    draft: typing.ClassVar[DescriptorStatus]
    @classmethod
    def __new__(cls, value):
        ...
class KasabCellState(enum.Enum):
    """
    Enumeration ls::kasab_cell_state; members are named as in JSON.
    """
    agreed: typing.ClassVar[KasabCellState]
    draft: typing.ClassVar[KasabCellState]
    empty: typing.ClassVar[KasabCellState]
    @classmethod
    def __new__(cls, value):
        ...
class SupportFactor(enum.Enum):
    """
    Enumeration ls::support_factor; members are named as in JSON.
    """
    compelling_vision: typing.ClassVar[SupportFactor]
    definition_of_professional_learning: typing.ClassVar[SupportFactor]
    evaluation: typing.ClassVar[SupportFactor]
    new_roles_and_responsibilities: typing.ClassVar[SupportFactor]
    resources: typing.ClassVar[SupportFactor]
    standards_driven: typing.ClassVar[SupportFactor]
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
class KasabDescriptor:
    """
    libls type ls::kasab_descriptor. Build with keywords; every field has a default.
    
    Attributes
    ----------
    text : str
    author : str
    status : DescriptorStatus
    """
    __hash__: typing.ClassVar[None] = None
    author: str
    status: DescriptorStatus
    text: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabDescriptor:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabDescriptor:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabDescriptor:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabDescriptor:
        ...
    def __eq__(self, arg0: KasabDescriptor) -> bool:
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
class KasabCell:
    """
    libls type ls::kasab_cell. Build with keywords; every field has a default.
    
    Attributes
    ----------
    dimension : KasabDimension
    role : str
    descriptors : list[KasabDescriptor]
    """
    __hash__: typing.ClassVar[None] = None
    dimension: KasabDimension
    role: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabCell:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabCell:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabCell:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabCell:
        ...
    def __eq__(self, arg0: KasabCell) -> bool:
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
    def descriptors(self) -> list[KasabDescriptor]:
        ...
    @descriptors.setter
    def descriptors(self, arg0: collections.abc.Sequence[KasabDescriptor]) -> None:
        ...
class TheoryOfActionBarrier:
    """
    libls type ls::theory_of_action_barrier. Build with keywords; every field has a default.
    
    Attributes
    ----------
    barrier : str
    countermeasures : list[str]
    """
    __hash__: typing.ClassVar[None] = None
    barrier: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> TheoryOfActionBarrier:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> TheoryOfActionBarrier:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> TheoryOfActionBarrier:
        ...
    def __deepcopy__(self, arg0: dict) -> TheoryOfActionBarrier:
        ...
    def __eq__(self, arg0: TheoryOfActionBarrier) -> bool:
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
    def countermeasures(self) -> list[str]:
        ...
    @countermeasures.setter
    def countermeasures(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
class TheoryOfAction:
    """
    libls type ls::theory_of_action. Build with keywords; every field has a default.
    
    Attributes
    ----------
    first_steps : list[str]
    barriers : list[TheoryOfActionBarrier]
    supports : list[str]
    evidence : list[str]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> TheoryOfAction:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> TheoryOfAction:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> TheoryOfAction:
        ...
    def __deepcopy__(self, arg0: dict) -> TheoryOfAction:
        ...
    def __eq__(self, arg0: TheoryOfAction) -> bool:
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
    def barriers(self) -> list[TheoryOfActionBarrier]:
        ...
    @barriers.setter
    def barriers(self, arg0: collections.abc.Sequence[TheoryOfActionBarrier]) -> None:
        ...
    @property
    def evidence(self) -> list[str]:
        ...
    @evidence.setter
    def evidence(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def first_steps(self) -> list[str]:
        ...
    @first_steps.setter
    def first_steps(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def supports(self) -> list[str]:
        ...
    @supports.setter
    def supports(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
class KasabChart:
    """
    libls type ls::kasab_chart. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    title : str
    roles : list[str]
    cells : list[KasabCell]
    theory_of_action : TheoryOfAction | None
    tags : list[Tag]
    date : str | None
    """
    __hash__: typing.ClassVar[None] = None
    date: str | None
    id: str
    theory_of_action: TheoryOfAction | None
    title: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabChart:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabChart:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabChart:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabChart:
        ...
    def __eq__(self, arg0: KasabChart) -> bool:
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
    def cells(self) -> list[KasabCell]:
        ...
    @cells.setter
    def cells(self, arg0: collections.abc.Sequence[KasabCell]) -> None:
        ...
    @property
    def roles(self) -> list[str]:
        ...
    @roles.setter
    def roles(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def tags(self) -> list[Tag]:
        ...
    @tags.setter
    def tags(self, arg0: collections.abc.Sequence[Tag]) -> None:
        ...
class KasabCellKey:
    """
    libls type ls::kasab_cell_key. Build with keywords; every field has a default.
    
    Attributes
    ----------
    dimension : KasabDimension
    role : str
    """
    __hash__: typing.ClassVar[None] = None
    dimension: KasabDimension
    role: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabCellKey:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabCellKey:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabCellKey:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabCellKey:
        ...
    def __eq__(self, arg0: KasabCellKey) -> bool:
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
class KasabGridCell:
    """
    libls type ls::kasab_grid_cell. Build with keywords; every field has a default.
    
    Attributes
    ----------
    dimension : KasabDimension
    role : str
    draft_count : int
    agreed_count : int
    state : KasabCellState
    """
    __hash__: typing.ClassVar[None] = None
    dimension: KasabDimension
    role: str
    state: KasabCellState
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabGridCell:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabGridCell:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabGridCell:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabGridCell:
        ...
    def __eq__(self, arg0: KasabGridCell) -> bool:
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
    def agreed_count(self) -> int:
        ...
    @agreed_count.setter
    def agreed_count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def draft_count(self) -> int:
        ...
    @draft_count.setter
    def draft_count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class KasabCompleteness:
    """
    libls type ls::kasab_completeness. Build with keywords; every field has a default.
    
    Attributes
    ----------
    roles : list[str]
    grid : list[KasabGridCell]
    empty_cells : list[KasabCellKey]
    draft_count : int
    agreed_count : int
    total_cells : int
    filled_cells : int
    agreed_cells : int
    fraction_complete : float
    fraction_agreed : float
    descriptors_off_grid : int
    is_final : bool
    """
    __hash__: typing.ClassVar[None] = None
    is_final: bool
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabCompleteness:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabCompleteness:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabCompleteness:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabCompleteness:
        ...
    def __eq__(self, arg0: KasabCompleteness) -> bool:
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
    def to_string(self) -> str:
        ...
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def agreed_cells(self) -> int:
        ...
    @agreed_cells.setter
    def agreed_cells(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def agreed_count(self) -> int:
        ...
    @agreed_count.setter
    def agreed_count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def descriptors_off_grid(self) -> int:
        ...
    @descriptors_off_grid.setter
    def descriptors_off_grid(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def draft_count(self) -> int:
        ...
    @draft_count.setter
    def draft_count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def empty_cells(self) -> list[KasabCellKey]:
        ...
    @empty_cells.setter
    def empty_cells(self, arg0: collections.abc.Sequence[KasabCellKey]) -> None:
        ...
    @property
    def filled_cells(self) -> int:
        ...
    @filled_cells.setter
    def filled_cells(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def fraction_agreed(self) -> float:
        ...
    @fraction_agreed.setter
    def fraction_agreed(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def fraction_complete(self) -> float:
        ...
    @fraction_complete.setter
    def fraction_complete(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def grid(self) -> list[KasabGridCell]:
        ...
    @grid.setter
    def grid(self, arg0: collections.abc.Sequence[KasabGridCell]) -> None:
        ...
    @property
    def roles(self) -> list[str]:
        ...
    @roles.setter
    def roles(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def total_cells(self) -> int:
        ...
    @total_cells.setter
    def total_cells(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class KasabDescriptorLocation:
    """
    libls type ls::kasab_descriptor_location. Build with keywords; every field has a default.
    
    Attributes
    ----------
    dimension : KasabDimension
    role : str
    cell : int
    descriptor : int
    path : str
    text : str
    """
    __hash__: typing.ClassVar[None] = None
    dimension: KasabDimension
    path: str
    role: str
    text: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabDescriptorLocation:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabDescriptorLocation:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabDescriptorLocation:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabDescriptorLocation:
        ...
    def __eq__(self, arg0: KasabDescriptorLocation) -> bool:
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
    def cell(self) -> int:
        ...
    @cell.setter
    def cell(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def descriptor(self) -> int:
        ...
    @descriptor.setter
    def descriptor(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class KasabDuplicate:
    """
    libls type ls::kasab_duplicate. Build with keywords; every field has a default.
    
    Attributes
    ----------
    normalised_text : str
    occurrences : list[KasabDescriptorLocation]
    cell_count : int
    """
    __hash__: typing.ClassVar[None] = None
    normalised_text: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabDuplicate:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabDuplicate:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabDuplicate:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabDuplicate:
        ...
    def __eq__(self, arg0: KasabDuplicate) -> bool:
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
    def cell_count(self) -> int:
        ...
    @cell_count.setter
    def cell_count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def occurrences(self) -> list[KasabDescriptorLocation]:
        ...
    @occurrences.setter
    def occurrences(self, arg0: collections.abc.Sequence[KasabDescriptorLocation]) -> None:
        ...
class KasabStatusChange:
    """
    libls type ls::kasab_status_change. Build with keywords; every field has a default.
    
    Attributes
    ----------
    text : str
    before : DescriptorStatus
    after : DescriptorStatus
    """
    __hash__: typing.ClassVar[None] = None
    after: DescriptorStatus
    before: DescriptorStatus
    text: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabStatusChange:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabStatusChange:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabStatusChange:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabStatusChange:
        ...
    def __eq__(self, arg0: KasabStatusChange) -> bool:
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
class KasabCellDiff:
    """
    libls type ls::kasab_cell_diff. Build with keywords; every field has a default.
    
    Attributes
    ----------
    dimension : KasabDimension
    role : str
    added : list[KasabDescriptor]
    removed : list[KasabDescriptor]
    status_changed : list[KasabStatusChange]
    """
    __hash__: typing.ClassVar[None] = None
    dimension: KasabDimension
    role: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabCellDiff:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabCellDiff:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabCellDiff:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabCellDiff:
        ...
    def __eq__(self, arg0: KasabCellDiff) -> bool:
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
    def added(self) -> list[KasabDescriptor]:
        ...
    @added.setter
    def added(self, arg0: collections.abc.Sequence[KasabDescriptor]) -> None:
        ...
    @property
    def removed(self) -> list[KasabDescriptor]:
        ...
    @removed.setter
    def removed(self, arg0: collections.abc.Sequence[KasabDescriptor]) -> None:
        ...
    @property
    def status_changed(self) -> list[KasabStatusChange]:
        ...
    @status_changed.setter
    def status_changed(self, arg0: collections.abc.Sequence[KasabStatusChange]) -> None:
        ...
class KasabBarrierChange:
    """
    libls type ls::kasab_barrier_change. Build with keywords; every field has a default.
    
    Attributes
    ----------
    barrier : str
    countermeasures_added : list[str]
    countermeasures_removed : list[str]
    """
    __hash__: typing.ClassVar[None] = None
    barrier: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabBarrierChange:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabBarrierChange:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabBarrierChange:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabBarrierChange:
        ...
    def __eq__(self, arg0: KasabBarrierChange) -> bool:
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
    def countermeasures_added(self) -> list[str]:
        ...
    @countermeasures_added.setter
    def countermeasures_added(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def countermeasures_removed(self) -> list[str]:
        ...
    @countermeasures_removed.setter
    def countermeasures_removed(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
class TheoryOfActionDiff:
    """
    libls type ls::theory_of_action_diff. Build with keywords; every field has a default.
    
    Attributes
    ----------
    first_steps_added : list[str]
    first_steps_removed : list[str]
    barriers_added : list[TheoryOfActionBarrier]
    barriers_removed : list[TheoryOfActionBarrier]
    barriers_changed : list[KasabBarrierChange]
    supports_added : list[str]
    supports_removed : list[str]
    evidence_added : list[str]
    evidence_removed : list[str]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> TheoryOfActionDiff:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> TheoryOfActionDiff:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> TheoryOfActionDiff:
        ...
    def __deepcopy__(self, arg0: dict) -> TheoryOfActionDiff:
        ...
    def __eq__(self, arg0: TheoryOfActionDiff) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def empty(self) -> bool:
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
    def barriers_added(self) -> list[TheoryOfActionBarrier]:
        ...
    @barriers_added.setter
    def barriers_added(self, arg0: collections.abc.Sequence[TheoryOfActionBarrier]) -> None:
        ...
    @property
    def barriers_changed(self) -> list[KasabBarrierChange]:
        ...
    @barriers_changed.setter
    def barriers_changed(self, arg0: collections.abc.Sequence[KasabBarrierChange]) -> None:
        ...
    @property
    def barriers_removed(self) -> list[TheoryOfActionBarrier]:
        ...
    @barriers_removed.setter
    def barriers_removed(self, arg0: collections.abc.Sequence[TheoryOfActionBarrier]) -> None:
        ...
    @property
    def evidence_added(self) -> list[str]:
        ...
    @evidence_added.setter
    def evidence_added(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def evidence_removed(self) -> list[str]:
        ...
    @evidence_removed.setter
    def evidence_removed(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def first_steps_added(self) -> list[str]:
        ...
    @first_steps_added.setter
    def first_steps_added(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def first_steps_removed(self) -> list[str]:
        ...
    @first_steps_removed.setter
    def first_steps_removed(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def supports_added(self) -> list[str]:
        ...
    @supports_added.setter
    def supports_added(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def supports_removed(self) -> list[str]:
        ...
    @supports_removed.setter
    def supports_removed(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
class KasabDiff:
    """
    libls type ls::kasab_diff. Build with keywords; every field has a default.
    
    Attributes
    ----------
    roles_added : list[str]
    roles_removed : list[str]
    cells : list[KasabCellDiff]
    theory_of_action : TheoryOfActionDiff
    """
    __hash__: typing.ClassVar[None] = None
    theory_of_action: TheoryOfActionDiff
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KasabDiff:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KasabDiff:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> KasabDiff:
        ...
    def __deepcopy__(self, arg0: dict) -> KasabDiff:
        ...
    def __eq__(self, arg0: KasabDiff) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def empty(self) -> bool:
        ...
    def summary(self) -> str:
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
    def cells(self) -> list[KasabCellDiff]:
        ...
    @cells.setter
    def cells(self, arg0: collections.abc.Sequence[KasabCellDiff]) -> None:
        ...
    @property
    def roles_added(self) -> list[str]:
        ...
    @roles_added.setter
    def roles_added(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def roles_removed(self) -> list[str]:
        ...
    @roles_removed.setter
    def roles_removed(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
class FactorRating:
    """
    libls type ls::factor_rating. Build with keywords; every field has a default.
    
    Attributes
    ----------
    factor : SupportFactor
    rating : int
    examples : list[str]
    """
    __hash__: typing.ClassVar[None] = None
    factor: SupportFactor
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> FactorRating:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> FactorRating:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> FactorRating:
        ...
    def __deepcopy__(self, arg0: dict) -> FactorRating:
        ...
    def __eq__(self, arg0: FactorRating) -> bool:
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
    def examples(self) -> list[str]:
        ...
    @examples.setter
    def examples(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def rating(self) -> int:
        ...
    @rating.setter
    def rating(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class ParticipantRatings:
    """
    libls type ls::participant_ratings. Build with keywords; every field has a default.
    
    Attributes
    ----------
    participant : str
    ratings : list[FactorRating]
    """
    __hash__: typing.ClassVar[None] = None
    participant: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ParticipantRatings:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ParticipantRatings:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> ParticipantRatings:
        ...
    def __deepcopy__(self, arg0: dict) -> ParticipantRatings:
        ...
    def __eq__(self, arg0: ParticipantRatings) -> bool:
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
    def ratings(self) -> list[FactorRating]:
        ...
    @ratings.setter
    def ratings(self, arg0: collections.abc.Sequence[FactorRating]) -> None:
        ...
class GroupConsensus:
    """
    libls type ls::group_consensus. Build with keywords; every field has a default.
    
    Attributes
    ----------
    group : str
    members : list[str]
    factor : SupportFactor
    rating : int
    examples : list[str]
    """
    __hash__: typing.ClassVar[None] = None
    factor: SupportFactor
    group: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> GroupConsensus:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> GroupConsensus:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> GroupConsensus:
        ...
    def __deepcopy__(self, arg0: dict) -> GroupConsensus:
        ...
    def __eq__(self, arg0: GroupConsensus) -> bool:
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
    def examples(self) -> list[str]:
        ...
    @examples.setter
    def examples(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def members(self) -> list[str]:
        ...
    @members.setter
    def members(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def rating(self) -> int:
        ...
    @rating.setter
    def rating(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class TeamConsensus:
    """
    libls type ls::team_consensus. Build with keywords; every field has a default.
    
    Attributes
    ----------
    factor : SupportFactor
    rating : int
    examples : list[str]
    next_steps : list[str]
    """
    __hash__: typing.ClassVar[None] = None
    factor: SupportFactor
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> TeamConsensus:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> TeamConsensus:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> TeamConsensus:
        ...
    def __deepcopy__(self, arg0: dict) -> TeamConsensus:
        ...
    def __eq__(self, arg0: TeamConsensus) -> bool:
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
    def examples(self) -> list[str]:
        ...
    @examples.setter
    def examples(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def next_steps(self) -> list[str]:
        ...
    @next_steps.setter
    def next_steps(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def rating(self) -> int:
        ...
    @rating.setter
    def rating(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class SixFactorAssessment:
    """
    libls type ls::six_factor_assessment. Build with keywords; every field has a default.
    
    Attributes
    ----------
    id : str
    system : str
    date : str
    participants : list[ParticipantRatings]
    group_consensus : list[GroupConsensus]
    team_consensus : list[TeamConsensus]
    """
    __hash__: typing.ClassVar[None] = None
    date: str
    id: str
    system: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> SixFactorAssessment:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> SixFactorAssessment:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> SixFactorAssessment:
        ...
    def __deepcopy__(self, arg0: dict) -> SixFactorAssessment:
        ...
    def __eq__(self, arg0: SixFactorAssessment) -> bool:
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
    def group_consensus(self) -> list[GroupConsensus]:
        ...
    @group_consensus.setter
    def group_consensus(self, arg0: collections.abc.Sequence[GroupConsensus]) -> None:
        ...
    @property
    def participants(self) -> list[ParticipantRatings]:
        ...
    @participants.setter
    def participants(self, arg0: collections.abc.Sequence[ParticipantRatings]) -> None:
        ...
    @property
    def team_consensus(self) -> list[TeamConsensus]:
        ...
    @team_consensus.setter
    def team_consensus(self, arg0: collections.abc.Sequence[TeamConsensus]) -> None:
        ...
class SupportFactorSummary:
    """
    libls type ls::support_factor_summary. Build with keywords; every field has a default.
    
    Attributes
    ----------
    factor : SupportFactor
    rating_count : int
    mean : float
    standard_deviation : float
    minimum : float
    maximum : float
    rating_counts : list[int]
    group_rating : int | None
    team_rating : int | None
    team_minus_mean : float
    """
    __hash__: typing.ClassVar[None] = None
    factor: SupportFactor
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> SupportFactorSummary:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> SupportFactorSummary:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> SupportFactorSummary:
        ...
    def __deepcopy__(self, arg0: dict) -> SupportFactorSummary:
        ...
    def __eq__(self, arg0: SupportFactorSummary) -> bool:
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
    def group_rating(self) -> int | None:
        ...
    @group_rating.setter
    def group_rating(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None:
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
    def rating_count(self) -> int:
        ...
    @rating_count.setter
    def rating_count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def rating_counts(self) -> list[int]:
        ...
    @rating_counts.setter
    def rating_counts(self, arg0: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def standard_deviation(self) -> float:
        ...
    @standard_deviation.setter
    def standard_deviation(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def team_minus_mean(self) -> float:
        ...
    @team_minus_mean.setter
    def team_minus_mean(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def team_rating(self) -> int | None:
        ...
    @team_rating.setter
    def team_rating(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class SixFactorSummary:
    """
    libls type ls::six_factor_summary. Build with keywords; every field has a default.
    
    Attributes
    ----------
    assessment : str
    system : str
    date : str
    participant_count : int
    factors : list[SupportFactorSummary]
    """
    __hash__: typing.ClassVar[None] = None
    assessment: str
    date: str
    system: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> SixFactorSummary:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> SixFactorSummary:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> SixFactorSummary:
        ...
    def __deepcopy__(self, arg0: dict) -> SixFactorSummary:
        ...
    def __eq__(self, arg0: SixFactorSummary) -> bool:
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
    def to_string(self) -> str:
        ...
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def factors(self) -> list[SupportFactorSummary]:
        ...
    @factors.setter
    def factors(self, arg0: collections.abc.Sequence[SupportFactorSummary]) -> None:
        ...
    @property
    def participant_count(self) -> int:
        ...
    @participant_count.setter
    def participant_count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class SupportFactorComparison:
    """
    libls type ls::support_factor_comparison. Build with keywords; every field has a default.
    
    Attributes
    ----------
    factor : SupportFactor
    team_before : int | None
    team_after : int | None
    team_change : int | None
    mean_before : float
    mean_after : float
    mean_change : float
    """
    __hash__: typing.ClassVar[None] = None
    factor: SupportFactor
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> SupportFactorComparison:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> SupportFactorComparison:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> SupportFactorComparison:
        ...
    def __deepcopy__(self, arg0: dict) -> SupportFactorComparison:
        ...
    def __eq__(self, arg0: SupportFactorComparison) -> bool:
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
    def mean_after(self) -> float:
        ...
    @mean_after.setter
    def mean_after(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def mean_before(self) -> float:
        ...
    @mean_before.setter
    def mean_before(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def mean_change(self) -> float:
        ...
    @mean_change.setter
    def mean_change(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def team_after(self) -> int | None:
        ...
    @team_after.setter
    def team_after(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def team_before(self) -> int | None:
        ...
    @team_before.setter
    def team_before(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def team_change(self) -> int | None:
        ...
    @team_change.setter
    def team_change(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class SixFactorComparison:
    """
    libls type ls::six_factor_comparison. Build with keywords; every field has a default.
    
    Attributes
    ----------
    system : str
    before : str
    before_date : str
    after : str
    after_date : str
    days_apart : int
    factors : list[SupportFactorComparison]
    """
    __hash__: typing.ClassVar[None] = None
    after: str
    after_date: str
    before: str
    before_date: str
    system: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> SixFactorComparison:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> SixFactorComparison:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    def __copy__(self) -> SixFactorComparison:
        ...
    def __deepcopy__(self, arg0: dict) -> SixFactorComparison:
        ...
    def __eq__(self, arg0: SixFactorComparison) -> bool:
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
    def to_string(self) -> str:
        ...
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def days_apart(self) -> int:
        ...
    @days_apart.setter
    def days_apart(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def factors(self) -> list[SupportFactorComparison]:
        ...
    @factors.setter
    def factors(self, arg0: collections.abc.Sequence[SupportFactorComparison]) -> None:
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
def compare_six_factor(before: SixFactorAssessment, after: SixFactorAssessment) -> SixFactorComparison:
    """
    Two assessments of the same system, factor by factor: team consensus then and
    now, mean individual rating then and now, and the changes.
    
    Parameters
    ----------
    before, after : SixFactorAssessment
        The earlier and the later assessment of one system. Not modified.
    
    Returns
    -------
    SixFactorComparison
        A change is absent (team ratings) or NaN (means) when either side is missing.
    
    Raises
    ------
    libls.ValidationError
        When either assessment has an error.
    libls.Error
        When they assess different systems, or ``after`` is dated before ``before``.
    """
def default_kasab_roles() -> list[str]:
    """
    The book's two columns: ["school_leadership_team", "district_leader"].
    
    Returns
    -------
    list[str]
    """
def kasab_completeness(chart: KasabChart) -> KasabCompleteness:
    """
    How far a chart has come: the grid of rows x roles with draft and agreed counts,
    the empty cells, the fractions filled and agreed, and whether the chart is final.
    
    Parameters
    ----------
    chart : KasabChart
        Any chart, valid or not; descriptors in cells whose role is not a column are counted
        in ``descriptors_off_grid``. Not modified.
    
    Returns
    -------
    KasabCompleteness
        ``fraction_complete`` and ``fraction_agreed`` are NaN when the chart has no roles.
    """
def kasab_diff(before: KasabChart, after: KasabChart) -> KasabDiff:
    """
    What changed from one version of a chart to the next.
    
    Descriptors are matched within their cell, and theory-of-action items within their
    list, by normalised text; a rewording shows as one removed and one added.
    
    Parameters
    ----------
    before, after : KasabChart
        Typically the session-I draft and the session-II chart. Not modified.
    
    Returns
    -------
    KasabDiff
        ``summary()`` gives a readable account; ``empty()`` is True when nothing changed.
    """
def kasab_dimension_description(dimension: KasabDimension) -> str:
    """
    One sentence saying what the row is about.
    
    Parameters
    ----------
    dimension : KasabDimension
    
    Returns
    -------
    str
    """
def kasab_dimension_title(dimension: KasabDimension) -> str:
    """
    The row heading, e.g. "Aspirations".
    
    Parameters
    ----------
    dimension : KasabDimension
    
    Returns
    -------
    str
    """
def kasab_dimensions() -> list[KasabDimension]:
    """
    The five rows of a KASAB chart in their order: K, A, S, A, B.
    
    Returns
    -------
    list[KasabDimension]
    """
def kasab_duplicates(chart: KasabChart) -> list[KasabDuplicate]:
    """
    Every descriptor text (compared by normalised_descriptor_text) that occurs more
    than once anywhere in the chart, in order of first occurrence.
    
    Parameters
    ----------
    chart : KasabChart
        Not modified.
    
    Returns
    -------
    list[KasabDuplicate]
        ``cell_count == 1`` means a repeat inside one cell (also a validation warning);
        more cells means the same descriptor under several roles or rows.
    """
def kasab_letter(dimension: KasabDimension) -> str:
    """
    The letter of the acronym: "K", "A", "S", "A" or "B".
    
    Parameters
    ----------
    dimension : KasabDimension
    
    Returns
    -------
    str
    """
def normalised_descriptor_text(text: str) -> str:
    """
    The form in which descriptors are compared: ASCII letters lower-cased, runs of
    white space made one space, leading and trailing space removed.
    
    Parameters
    ----------
    text : str
    
    Returns
    -------
    str
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
def summarise_six_factor(assessment: SixFactorAssessment) -> SixFactorSummary:
    """
    Per-factor summary of an assessment: number of individual ratings, mean, sample
    standard deviation (divisor n - 1), minimum, maximum, counts of each rating 1..4, the
    group and team consensus ratings, and team consensus minus the individual mean.
    
    Parameters
    ----------
    assessment : SixFactorAssessment
        Not modified.
    
    Returns
    -------
    SixFactorSummary
        All six factors in the book's order. Statistics of a factor nobody rated are NaN;
        the standard deviation of a single rating is NaN.
    
    Raises
    ------
    libls.ValidationError
        When the assessment has an error (warnings are fine).
    """
def support_factor_description(factor: SupportFactor) -> str:
    """
    One sentence saying what a high rating of the factor means.
    
    Parameters
    ----------
    factor : SupportFactor
    
    Returns
    -------
    str
    """
def support_factor_number(factor: SupportFactor) -> int:
    """
    The book's number of the factor, 1 to 6.
    
    Parameters
    ----------
    factor : SupportFactor
    
    Returns
    -------
    int
    """
def support_factor_title(factor: SupportFactor) -> str:
    """
    A short title, e.g. "Compelling vision".
    
    Parameters
    ----------
    factor : SupportFactor
    
    Returns
    -------
    str
    """
def support_factors() -> list[SupportFactor]:
    """
    The six factors in the book's order (1 to 6).
    
    Returns
    -------
    list[SupportFactor]
    """
def version() -> str:
    """
    The version of the compiled C++ library.
    """
__version__: str = '0.1.0'
