"""
Compiled core of libls. Import libls, not this module.
"""
from __future__ import annotations
import collections.abc
import enum
import numpy
import numpy.typing
import typing
__all__: list[str] = ['Issue', 'Moments', 'ReadOptions', 'ResponseScale', 'ScaleOption', 'Severity', 'Summary', 'Tag', 'ValidationReport', 'summarise', 'version']
class Severity(enum.Enum):
    """
    Enumeration ls::severity; members are named as in JSON.
    """
    error: typing.ClassVar[Severity]
    warning: typing.ClassVar[Severity]
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
