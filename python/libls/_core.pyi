"""
Compiled core of libls. Import libls, not this module.
"""
from __future__ import annotations
import collections.abc
import enum
import numpy
import numpy.typing
import os
import typing
__all__: list[str] = ['AnswerKind', 'Catalog', 'CatalogAlias', 'CatalogEntry', 'CatalogSet', 'CategoryColumn', 'Crosswalk', 'CrosswalkLink', 'CrosswalkRelation', 'CsvAnswerFormat', 'CsvColumn', 'CsvColumnUse', 'CsvIssue', 'CsvOptions', 'CsvReport', 'CustomRole', 'CycleDefinition', 'CycleEntry', 'CycleEvidence', 'CycleEvidenceKind', 'CycleLog', 'CycleOverviewReport', 'CyclePosition', 'CycleStage', 'CycleStageDescription', 'DescriptorStatus', 'FactorRating', 'GroupConsensus', 'IcCount', 'IcDistribution', 'IcMap', 'IcOutcome', 'IcOutcomeDistribution', 'IcPlacement', 'IcSubjectKind', 'Instrument', 'Issue', 'ItemCoding', 'KasabBarrierChange', 'KasabCell', 'KasabCellDiff', 'KasabCellKey', 'KasabCellState', 'KasabChart', 'KasabCompleteness', 'KasabDescriptor', 'KasabDescriptorLocation', 'KasabDiff', 'KasabDimension', 'KasabDuplicate', 'KasabGridCell', 'KasabStatusChange', 'Moments', 'NonSubstantivePolicy', 'OrgUnit', 'OrgUnitKind', 'Organization', 'ParticipantRatings', 'Person', 'Protocol', 'ProtocolSession', 'ProtocolSessionBudget', 'ProtocolStep', 'ProtocolTimeBudget', 'ReadOptions', 'Respondent', 'RespondentRecord', 'ResponseMatrix', 'ResponseRecords', 'ResponseScale', 'ScaleOption', 'Severity', 'SixFactorAssessment', 'SixFactorComparison', 'SixFactorSummary', 'Subscale', 'Summary', 'SupportFactor', 'SupportFactorComparison', 'SupportFactorSummary', 'SurveyItem', 'SystemKind', 'Tag', 'TagTranslation', 'TeamConsensus', 'TeamCycleState', 'TeamCycleStatus', 'TheoryOfAction', 'TheoryOfActionBarrier', 'TheoryOfActionDiff', 'ValidationReport', 'builtin_catalogs', 'builtin_instrument', 'builtin_instruments', 'builtin_protocol', 'builtin_protocol_ids', 'builtin_protocols', 'check_ic_placements', 'check_tags', 'codings_for', 'compare_six_factor', 'cycle_overview', 'cycle_stage_number', 'cycle_stages', 'default_kasab_roles', 'describe_cycle_stage', 'ic_placement_distribution', 'ic_placement_distribution_by_date', 'integer_scale', 'item_coding', 'kasab_completeness', 'kasab_diff', 'kasab_dimension_description', 'kasab_dimension_title', 'kasab_dimensions', 'kasab_duplicates', 'kasab_letter', 'latest_ic_placements', 'may_be_placed_under', 'normalised_descriptor_text', 'summarise', 'summarise_six_factor', 'support_factor_description', 'support_factor_number', 'support_factor_title', 'support_factors', 'version']
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
class AnswerKind(enum.Enum):
    """
    Enumeration ls::answer_kind; members are named as in JSON.
    """
    invalid: typing.ClassVar[AnswerKind]
    missing: typing.ClassVar[AnswerKind]
    non_substantive: typing.ClassVar[AnswerKind]
    substantive: typing.ClassVar[AnswerKind]
    @classmethod
    def __new__(cls, value):
        ...
class NonSubstantivePolicy(enum.Enum):
    """
    Enumeration ls::non_substantive_policy; members are named as in JSON.
    """
    exclude: typing.ClassVar[NonSubstantivePolicy]
    score_as_code: typing.ClassVar[NonSubstantivePolicy]
    @classmethod
    def __new__(cls, value):
        ...
class CsvAnswerFormat(enum.Enum):
    """
    Enumeration ls::csv_answer_format; members are named as in JSON.
    """
    codes: typing.ClassVar[CsvAnswerFormat]
    codes_or_labels: typing.ClassVar[CsvAnswerFormat]
    labels: typing.ClassVar[CsvAnswerFormat]
    @classmethod
    def __new__(cls, value):
        ...
class CsvColumnUse(enum.Enum):
    """
    Enumeration ls::csv_column_use; members are named as in JSON.
    """
    ignored: typing.ClassVar[CsvColumnUse]
    item: typing.ClassVar[CsvColumnUse]
    metadata: typing.ClassVar[CsvColumnUse]
    open_text: typing.ClassVar[CsvColumnUse]
    unknown: typing.ClassVar[CsvColumnUse]
    @classmethod
    def __new__(cls, value):
        ...
class Issue:
    """
    libls type ls::issue. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def issues(self, arg1: collections.abc.Sequence[Issue]) -> None:
        ...
class ReadOptions:
    """
    libls type ls::read_options. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def aliases(self, arg1: collections.abc.Sequence[CatalogAlias]) -> None:
        ...
class Catalog:
    """
    libls type ls::catalog. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def entries(self, arg1: collections.abc.Sequence[CatalogEntry]) -> None:
        ...
    @property
    def kinds(self) -> list[str]:
        ...
    @kinds.setter
    def kinds(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class CrosswalkLink:
    """
    libls type ls::crosswalk_link. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def from_without_counterpart(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def links(self) -> list[CrosswalkLink]:
        ...
    @links.setter
    def links(self, arg1: collections.abc.Sequence[CrosswalkLink]) -> None:
        ...
    @property
    def to_without_counterpart(self) -> list[str]:
        ...
    @to_without_counterpart.setter
    def to_without_counterpart(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class TagTranslation:
    """
    libls type ls::tag_translation. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def catalogs(self, arg1: collections.abc.Sequence[Catalog]) -> None:
        ...
    @property
    def crosswalks(self) -> list[Crosswalk]:
        ...
    @crosswalks.setter
    def crosswalks(self, arg1: collections.abc.Sequence[Crosswalk]) -> None:
        ...
class OrgUnit:
    """
    libls type ls::org_unit. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def roles(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def units(self) -> list[str]:
        ...
    @units.setter
    def units(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class Organization:
    """
    libls type ls::organization. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def custom_roles(self, arg1: collections.abc.Sequence[CustomRole]) -> None:
        ...
    @property
    def people(self) -> list[Person]:
        ...
    @people.setter
    def people(self, arg1: collections.abc.Sequence[Person]) -> None:
        ...
    @property
    def units(self) -> list[OrgUnit]:
        ...
    @units.setter
    def units(self, arg1: collections.abc.Sequence[OrgUnit]) -> None:
        ...
class CycleStageDescription:
    """
    libls type ls::cycle_stage_description. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def tags(self, arg1: collections.abc.Sequence[Tag]) -> None:
        ...
class CycleEntry:
    """
    libls type ls::cycle_entry. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def evidence(self, arg1: collections.abc.Sequence[CycleEvidence]) -> None:
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def entries(self, arg1: collections.abc.Sequence[CycleEntry]) -> None:
        ...
class TeamCycleStatus:
    """
    libls type ls::team_cycle_status. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def days_in_stage(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def issues(self) -> list[Issue]:
        ...
    @issues.setter
    def issues(self, arg1: collections.abc.Sequence[Issue]) -> None:
        ...
    @property
    def log(self) -> int | None:
        ...
    @log.setter
    def log(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class CycleOverviewReport:
    """
    libls type ls::cycle_overview_report. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def teams(self, arg1: collections.abc.Sequence[TeamCycleStatus]) -> None:
        ...
class KasabDescriptor:
    """
    libls type ls::kasab_descriptor. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def descriptors(self, arg1: collections.abc.Sequence[KasabDescriptor]) -> None:
        ...
class TheoryOfActionBarrier:
    """
    libls type ls::theory_of_action_barrier. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def countermeasures(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class TheoryOfAction:
    """
    libls type ls::theory_of_action. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def barriers(self, arg1: collections.abc.Sequence[TheoryOfActionBarrier]) -> None:
        ...
    @property
    def evidence(self) -> list[str]:
        ...
    @evidence.setter
    def evidence(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def first_steps(self) -> list[str]:
        ...
    @first_steps.setter
    def first_steps(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def supports(self) -> list[str]:
        ...
    @supports.setter
    def supports(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class KasabChart:
    """
    libls type ls::kasab_chart. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def cells(self, arg1: collections.abc.Sequence[KasabCell]) -> None:
        ...
    @property
    def roles(self) -> list[str]:
        ...
    @roles.setter
    def roles(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def tags(self) -> list[Tag]:
        ...
    @tags.setter
    def tags(self, arg1: collections.abc.Sequence[Tag]) -> None:
        ...
class KasabCellKey:
    """
    libls type ls::kasab_cell_key. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def empty_cells(self, arg1: collections.abc.Sequence[KasabCellKey]) -> None:
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
    def grid(self, arg1: collections.abc.Sequence[KasabGridCell]) -> None:
        ...
    @property
    def roles(self) -> list[str]:
        ...
    @roles.setter
    def roles(self, arg1: collections.abc.Sequence[str]) -> None:
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def occurrences(self, arg1: collections.abc.Sequence[KasabDescriptorLocation]) -> None:
        ...
class KasabStatusChange:
    """
    libls type ls::kasab_status_change. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def added(self, arg1: collections.abc.Sequence[KasabDescriptor]) -> None:
        ...
    @property
    def removed(self) -> list[KasabDescriptor]:
        ...
    @removed.setter
    def removed(self, arg1: collections.abc.Sequence[KasabDescriptor]) -> None:
        ...
    @property
    def status_changed(self) -> list[KasabStatusChange]:
        ...
    @status_changed.setter
    def status_changed(self, arg1: collections.abc.Sequence[KasabStatusChange]) -> None:
        ...
class KasabBarrierChange:
    """
    libls type ls::kasab_barrier_change. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def countermeasures_added(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def countermeasures_removed(self) -> list[str]:
        ...
    @countermeasures_removed.setter
    def countermeasures_removed(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class TheoryOfActionDiff:
    """
    libls type ls::theory_of_action_diff. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def barriers_added(self, arg1: collections.abc.Sequence[TheoryOfActionBarrier]) -> None:
        ...
    @property
    def barriers_changed(self) -> list[KasabBarrierChange]:
        ...
    @barriers_changed.setter
    def barriers_changed(self, arg1: collections.abc.Sequence[KasabBarrierChange]) -> None:
        ...
    @property
    def barriers_removed(self) -> list[TheoryOfActionBarrier]:
        ...
    @barriers_removed.setter
    def barriers_removed(self, arg1: collections.abc.Sequence[TheoryOfActionBarrier]) -> None:
        ...
    @property
    def evidence_added(self) -> list[str]:
        ...
    @evidence_added.setter
    def evidence_added(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def evidence_removed(self) -> list[str]:
        ...
    @evidence_removed.setter
    def evidence_removed(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def first_steps_added(self) -> list[str]:
        ...
    @first_steps_added.setter
    def first_steps_added(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def first_steps_removed(self) -> list[str]:
        ...
    @first_steps_removed.setter
    def first_steps_removed(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def supports_added(self) -> list[str]:
        ...
    @supports_added.setter
    def supports_added(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def supports_removed(self) -> list[str]:
        ...
    @supports_removed.setter
    def supports_removed(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class KasabDiff:
    """
    libls type ls::kasab_diff. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def cells(self, arg1: collections.abc.Sequence[KasabCellDiff]) -> None:
        ...
    @property
    def roles_added(self) -> list[str]:
        ...
    @roles_added.setter
    def roles_added(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def roles_removed(self) -> list[str]:
        ...
    @roles_removed.setter
    def roles_removed(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
class FactorRating:
    """
    libls type ls::factor_rating. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def examples(self, arg1: collections.abc.Sequence[str]) -> None:
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def ratings(self, arg1: collections.abc.Sequence[FactorRating]) -> None:
        ...
class GroupConsensus:
    """
    libls type ls::group_consensus. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def examples(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def members(self) -> list[str]:
        ...
    @members.setter
    def members(self, arg1: collections.abc.Sequence[str]) -> None:
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def examples(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def next_steps(self) -> list[str]:
        ...
    @next_steps.setter
    def next_steps(self, arg1: collections.abc.Sequence[str]) -> None:
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def group_consensus(self, arg1: collections.abc.Sequence[GroupConsensus]) -> None:
        ...
    @property
    def participants(self) -> list[ParticipantRatings]:
        ...
    @participants.setter
    def participants(self, arg1: collections.abc.Sequence[ParticipantRatings]) -> None:
        ...
    @property
    def team_consensus(self) -> list[TeamConsensus]:
        ...
    @team_consensus.setter
    def team_consensus(self, arg1: collections.abc.Sequence[TeamConsensus]) -> None:
        ...
class SupportFactorSummary:
    """
    libls type ls::support_factor_summary. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def group_rating(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
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
    def rating_counts(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
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
    def team_rating(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class SixFactorSummary:
    """
    libls type ls::six_factor_summary. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def factors(self, arg1: collections.abc.Sequence[SupportFactorSummary]) -> None:
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def team_after(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def team_before(self) -> int | None:
        ...
    @team_before.setter
    def team_before(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def team_change(self) -> int | None:
        ...
    @team_change.setter
    def team_change(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
class SixFactorComparison:
    """
    libls type ls::six_factor_comparison. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def factors(self, arg1: collections.abc.Sequence[SupportFactorComparison]) -> None:
        ...
class IcOutcome:
    """
    libls type ls::ic_outcome. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def levels(self, arg1: collections.abc.Sequence[str | None]) -> None:
        ...
class IcMap:
    """
    libls type ls::ic_map. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def outcomes(self, arg1: collections.abc.Sequence[IcOutcome]) -> None:
        ...
    @property
    def tags(self) -> list[Tag]:
        ...
    @tags.setter
    def tags(self, arg1: collections.abc.Sequence[Tag]) -> None:
        ...
class IcPlacement:
    """
    libls type ls::ic_placement. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def level_counts(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def outcomes(self, arg1: collections.abc.Sequence[IcOutcomeDistribution]) -> None:
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def sessions(self, arg1: collections.abc.Sequence[ProtocolSessionBudget]) -> None:
        ...
class ProtocolStep:
    """
    libls type ls::protocol_step. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def steps(self, arg1: collections.abc.Sequence[ProtocolStep]) -> None:
        ...
class Protocol:
    """
    libls type ls::protocol. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
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
    def materials(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def produces(self) -> list[str]:
        ...
    @produces.setter
    def produces(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def sessions(self) -> list[ProtocolSession]:
        ...
    @sessions.setter
    def sessions(self, arg1: collections.abc.Sequence[ProtocolSession]) -> None:
        ...
    @property
    def tags(self) -> list[Tag]:
        ...
    @tags.setter
    def tags(self, arg1: collections.abc.Sequence[Tag]) -> None:
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def options(self, arg1: collections.abc.Sequence[ScaleOption]) -> None:
        ...
class SurveyItem:
    """
    libls type ls::survey_item. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def tags(self, arg1: collections.abc.Sequence[Tag]) -> None:
        ...
class Subscale:
    """
    libls type ls::subscale. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def items(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def min_answered(self) -> int | None:
        ...
    @min_answered.setter
    def min_answered(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def tags(self) -> list[Tag]:
        ...
    @tags.setter
    def tags(self, arg1: collections.abc.Sequence[Tag]) -> None:
        ...
class Instrument:
    """
    libls type ls::instrument. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
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
    def items(self, arg1: collections.abc.Sequence[SurveyItem]) -> None:
        ...
    @property
    def scales(self) -> list[ResponseScale]:
        ...
    @scales.setter
    def scales(self, arg1: collections.abc.Sequence[ResponseScale]) -> None:
        ...
    @property
    def subscales(self) -> list[Subscale]:
        ...
    @subscales.setter
    def subscales(self, arg1: collections.abc.Sequence[Subscale]) -> None:
        ...
class Respondent:
    """
    libls type ls::respondent. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    id : str
    system : str | None
    school : str | None
    team : str | None
    role : str | None
    wave : str | None
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    role: str | None
    school: str | None
    system: str | None
    team: str | None
    wave: str | None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Respondent:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Respondent:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Respondent:
        ...
    def __deepcopy__(self, arg0: dict) -> Respondent:
        ...
    def __eq__(self, arg0: Respondent) -> bool:
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
class RespondentRecord:
    """
    libls type ls::respondent_record. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    id : str
    system : str | None
    school : str | None
    team : str | None
    role : str | None
    wave : str | None
    answers : dict[str, int | None]
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    role: str | None
    school: str | None
    system: str | None
    team: str | None
    wave: str | None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> RespondentRecord:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> RespondentRecord:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> RespondentRecord:
        ...
    def __deepcopy__(self, arg0: dict) -> RespondentRecord:
        ...
    def __eq__(self, arg0: RespondentRecord) -> bool:
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
    def answers(self) -> dict[str, int | None]:
        ...
    @answers.setter
    def answers(self, arg1: collections.abc.Mapping[str, typing.SupportsInt | typing.SupportsIndex | None]) -> None:
        ...
class ResponseRecords:
    """
    libls type ls::response_records. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    instrument : str
    respondents : list[RespondentRecord]
    weights : dict[str, float]
    """
    __hash__: typing.ClassVar[None] = None
    instrument: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ResponseRecords:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ResponseRecords:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ResponseRecords:
        ...
    def __deepcopy__(self, arg0: dict) -> ResponseRecords:
        ...
    def __eq__(self, arg0: ResponseRecords) -> bool:
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
    def respondents(self) -> list[RespondentRecord]:
        ...
    @respondents.setter
    def respondents(self, arg1: collections.abc.Sequence[RespondentRecord]) -> None:
        ...
    @property
    def weights(self) -> dict[str, float]:
        ...
    @weights.setter
    def weights(self, arg1: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
class CsvOptions:
    """
    libls type ls::csv_options. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    separator : str
    answers : CsvAnswerFormat
    case_sensitive_labels : bool
    missing_values : list[str]
    items : list[str]
    item_columns : dict[str, str]
    metadata_columns : dict[str, str]
    ignore_columns : list[str]
    required_metadata : list[str]
    strict : bool
    block_bytes : int
    max_record_bytes : int
    threads : int
    max_issues : int | None
    """
    __hash__: typing.ClassVar[None] = None
    answers: CsvAnswerFormat
    case_sensitive_labels: bool
    separator: str
    strict: bool
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CsvOptions:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CsvOptions:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CsvOptions:
        ...
    def __deepcopy__(self, arg0: dict) -> CsvOptions:
        ...
    def __eq__(self, arg0: CsvOptions) -> bool:
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
    def block_bytes(self) -> int:
        ...
    @block_bytes.setter
    def block_bytes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def ignore_columns(self) -> list[str]:
        ...
    @ignore_columns.setter
    def ignore_columns(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def item_columns(self) -> dict[str, str]:
        ...
    @item_columns.setter
    def item_columns(self, arg1: collections.abc.Mapping[str, str]) -> None:
        ...
    @property
    def items(self) -> list[str]:
        ...
    @items.setter
    def items(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def max_issues(self) -> int | None:
        ...
    @max_issues.setter
    def max_issues(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def max_record_bytes(self) -> int:
        ...
    @max_record_bytes.setter
    def max_record_bytes(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def metadata_columns(self) -> dict[str, str]:
        ...
    @metadata_columns.setter
    def metadata_columns(self, arg1: collections.abc.Mapping[str, str]) -> None:
        ...
    @property
    def missing_values(self) -> list[str]:
        ...
    @missing_values.setter
    def missing_values(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def required_metadata(self) -> list[str]:
        ...
    @required_metadata.setter
    def required_metadata(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def threads(self) -> int:
        ...
    @threads.setter
    def threads(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class CsvColumn:
    """
    libls type ls::csv_column. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    column : int
    name : str
    use : CsvColumnUse
    target : str
    """
    __hash__: typing.ClassVar[None] = None
    name: str
    target: str
    use: CsvColumnUse
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CsvColumn:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CsvColumn:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CsvColumn:
        ...
    def __deepcopy__(self, arg0: dict) -> CsvColumn:
        ...
    def __eq__(self, arg0: CsvColumn) -> bool:
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
    def column(self) -> int:
        ...
    @column.setter
    def column(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class CsvIssue:
    """
    libls type ls::csv_issue. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    code : str
    line : int
    column : int
    column_name : str
    message : str
    severity : Severity
    """
    __hash__: typing.ClassVar[None] = None
    code: str
    column_name: str
    message: str
    severity: Severity
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CsvIssue:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CsvIssue:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CsvIssue:
        ...
    def __deepcopy__(self, arg0: dict) -> CsvIssue:
        ...
    def __eq__(self, arg0: CsvIssue) -> bool:
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
    def column(self) -> int:
        ...
    @column.setter
    def column(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def line(self) -> int:
        ...
    @line.setter
    def line(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class CsvReport:
    """
    libls type ls::csv_report. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    rows_read : int
    accepted : int
    rejected : int
    blank_lines : int
    header_ok : bool
    read_to_end : bool
    columns : list[CsvColumn]
    issues : list[CsvIssue]
    issue_counts : dict[str, int]
    """
    __hash__: typing.ClassVar[None] = None
    header_ok: bool
    read_to_end: bool
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CsvReport:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CsvReport:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CsvReport:
        ...
    def __deepcopy__(self, arg0: dict) -> CsvReport:
        ...
    def __eq__(self, arg0: CsvReport) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def ok(self) -> bool:
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
    def to_validation_report(self) -> ValidationReport:
        ...
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def accepted(self) -> int:
        ...
    @accepted.setter
    def accepted(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def blank_lines(self) -> int:
        ...
    @blank_lines.setter
    def blank_lines(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def columns(self) -> list[CsvColumn]:
        ...
    @columns.setter
    def columns(self, arg1: collections.abc.Sequence[CsvColumn]) -> None:
        ...
    @property
    def issue_counts(self) -> dict[str, int]:
        ...
    @issue_counts.setter
    def issue_counts(self, arg1: collections.abc.Mapping[str, typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def issues(self) -> list[CsvIssue]:
        ...
    @issues.setter
    def issues(self, arg1: collections.abc.Sequence[CsvIssue]) -> None:
        ...
    @property
    def rejected(self) -> int:
        ...
    @rejected.setter
    def rejected(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def rows_read(self) -> int:
        ...
    @rows_read.setter
    def rows_read(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class ItemCoding:
    """
    How the stored codes of one item become numbers.
    
    Built by ``item_coding`` or ``codings_for``; statistics take one per column of the codes.
    """
    def is_favorable(self, code: typing.SupportsInt | typing.SupportsIndex) -> bool:
        """
        Whether a stored code counts toward percent favorable.
        """
    def kind_of(self, code: typing.SupportsInt | typing.SupportsIndex) -> AnswerKind:
        """
        The kind of answer a stored code is (AnswerKind).
        """
    def value_of(self, code: typing.SupportsInt | typing.SupportsIndex) -> float:
        """
        The value a stored code is scored as (NaN when it is not scored).
        """
class CategoryColumn:
    """
    A categorical metadata column of a ResponseMatrix.
    
    ``codes`` holds one int32 per row: an index into ``categories``, or -1 for unknown. It
    views the matrix's memory (read-only, no copy), so
    ``pandas.Categorical.from_codes(col.codes, col.categories)`` builds a column cheaply.
    """
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def labels(self) -> list[str | None]:
        """
        The label of every row (None when unknown), as a new list.
        """
    @property
    def categories(self) -> list[str]:
        """
        The labels, in the order the codes index them (a copy).
        """
    @property
    def codes(self) -> numpy.ndarray:
        """
        Per row, the index of its category or -1 (int32, read-only view, no copy).
        """
class ResponseMatrix:
    """
    Survey answers: respondents (rows) by items (columns), one int8 code per answer.
    
    ``codes`` is a NumPy int8 array of shape (rows, items) in Fortran order (column by column),
    ``MISSING_CODE`` (-128) meaning no answer; a "no opinion" answer keeps its own code. Metadata columns
    (``ids``, ``system``, ``school``, ``team``, ``role``, ``wave``, ``weights``) are None when the
    data do not have them.
    
    Build one with ``ResponseMatrix.from_numpy``, ``ResponseMatrix.read_csv``,
    ``ResponseMatrix.read_json`` or ``ResponseMatrix.from_records``.
    """
    MISSING_CODE: typing.ClassVar[int] = -128
    @staticmethod
    def from_numpy(codes: numpy.ndarray, items: collections.abc.Sequence[str], ids: typing.Any = None, system: typing.Any = None, school: typing.Any = None, team: typing.Any = None, role: typing.Any = None, wave: typing.Any = None, weights: typing.Any = None, instrument: Instrument | None = None) -> ResponseMatrix:
        """
        A response matrix over a NumPy array of codes.
        
        Parameters
        ----------
        codes : numpy.ndarray
            int8, shape (rows, items), -128 = no answer. A Fortran-order (column-major) array is
            used as it is, without copying: the matrix keeps a reference, and later changes to the
            array show through. Any other int8 layout (C order, a strided slice) is copied once into
            Fortran order. Other dtypes raise TypeError: a float array silently truncated to codes
            would be wrong data (convert it yourself, e.g. ``np.asfortranarray(x, dtype=np.int8)``).
        items : list[str]
            One item id per column.
        ids : sequence of str, optional
            Respondent ids: not empty, no repeats.
        system, school, team, role, wave : optional
            A sequence of labels (str, or None for unknown) per row, or a pair
            ``(codes, categories)`` as pandas' Categorical keeps them (codes -1 = unknown).
        weights : array_like of float, optional
            Finite and at least 0.
        instrument : Instrument, optional
            When given, every item must be a rated item of it and every code an answer of its
            scale (or missing); raises libls.ValidationError listing each bad column.
        
        Raises
        ------
        libls.Error
            Lengths that do not match the rows, repeated or empty ids, bad weights.
        """
    @staticmethod
    def from_records(records: ResponseRecords, instrument: Instrument) -> ResponseMatrix:
        """
        A response matrix from ResponseRecords (checked like read_json).
        """
    @staticmethod
    def read_csv(path: os.PathLike | str | bytes, instrument: Instrument, options: CsvOptions | None = None) -> tuple[ResponseMatrix, CsvReport]:
        """
        Read a CSV file of responses (one row per respondent, one column per item).
        
        Parameters
        ----------
        path : str or os.PathLike
        instrument : Instrument
            Item columns are matched to its rated items (by id, or through
            ``options.item_columns``); answers are checked against their scales.
        options : CsvOptions, optional
            Separator, label matching, column mappings, missing values, threads, block size.
        
        Returns
        -------
        tuple[ResponseMatrix, CsvReport]
            The accepted rows, and what happened: ``rows_read == accepted + rejected``; each
            rejected row has issues with ``line``, ``column``, ``column_name`` and ``code``.
        
        Raises
        ------
        libls.ValidationError
            When the header stops the read (a missing item column, a column given twice, an
            unknown column in strict mode, an empty file); issue paths are "/<line>/<column>".
        libls.Error
            A file that cannot be read, or unusable options.
        
        Notes
        -----
        The file is read in blocks and parsed on ``options.threads`` threads, with the GIL
        released for the whole read: other Python threads keep running.
        """
    @staticmethod
    def read_json(text: str, instrument: Instrument, strict: bool = False) -> ResponseMatrix:
        """
        A response matrix from the JSON text of a response document (ResponseRecords).
        
        Named like ``read_csv``: a ResponseMatrix has no JSON form of its own (its JSON is that of
        ResponseRecords, see ``to_records``). Columns are the instrument's rated items, in order.
        Unknown keys are warnings, errors when ``strict``.
        
        Raises
        ------
        libls.ValidationError
            Every problem with its JSON pointer: structure, missing or repeated ids, unknown
            items, codes not on an item's scale, bad weights.
        """
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def column(self, item: str) -> numpy.ndarray:
        """
        The codes of one item: a 1-D int8 view, no copy. Raises libls.Error for an unknown id.
        """
    def memory_bytes(self) -> int:
        """
        Bytes held by the codes and metadata (codes only for from_numpy data).
        """
    def to_records(self, instrument_id: str) -> ResponseRecords:
        """
        The answers as ResponseRecords of ``instrument_id`` (needs respondent ids).
        
        Missing answers are written as null. ``to_records(id).to_json()`` is the JSON document
        ``read_json`` reads.
        """
    @property
    def borrowed(self) -> bool:
        """
        True when the codes are the caller's NumPy array itself (from_numpy without a copy).
        """
    @property
    def codes(self) -> numpy.ndarray:
        """
        The codes, shape (rows, items), int8, Fortran order.
        
        No copy is made: for data read from CSV or JSON it is a read-only view of the C++ memory
        (the array keeps it alive); for ``from_numpy`` data it is the array the matrix uses (the
        caller's own array when ``borrowed`` is true).
        """
    @property
    def ids(self) -> list[str] | None:
        """
        The respondent ids as a new list, or None.
        """
    @property
    def item_count(self) -> int:
        """
        The number of items.
        """
    @property
    def items(self) -> list[str]:
        """
        The item ids, in column order.
        """
    @property
    def role(self) -> CategoryColumn | None:
        """
        The role of each respondent, or None.
        """
    @property
    def rows(self) -> int:
        """
        The number of respondents.
        """
    @property
    def school(self) -> CategoryColumn | None:
        """
        The school of each respondent, or None.
        """
    @property
    def shape(self) -> tuple[int, int]:
        """
        (rows, items).
        """
    @property
    def system(self) -> CategoryColumn | None:
        """
        The system (district) of each respondent, or None.
        """
    @property
    def team(self) -> CategoryColumn | None:
        """
        The team of each respondent, or None.
        """
    @property
    def wave(self) -> CategoryColumn | None:
        """
        The survey wave of each respondent, or None.
        """
    @property
    def weights(self) -> numpy.ndarray | None:
        """
        Survey weights (float64, read-only view, no copy), or None.
        """
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
def codings_for(instrument: Instrument, items: collections.abc.Sequence[str], policy: NonSubstantivePolicy = ...) -> list[ItemCoding]:
    """
    One coding per item id, from the instrument's scales and reverse keys.
    
    Raises libls.Error for an id that is not a rated item of the instrument.
    """
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
def default_kasab_roles() -> list[str]:
    """
    The book's two columns: ["school_leadership_team", "district_leader"].
    
    Returns
    -------
    list[str]
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
def integer_scale(lo: typing.SupportsInt | typing.SupportsIndex, hi: typing.SupportsInt | typing.SupportsIndex) -> ResponseScale:
    """
    A response scale of the whole numbers lo..hi (each its own code): for plain numeric data.
    """
def item_coding(scale: ResponseScale, reverse_keyed: bool = False, policy: NonSubstantivePolicy = ...) -> ItemCoding:
    """
    The coding of an item rated on ``scale``.
    
    Parameters
    ----------
    scale : ResponseScale
    reverse_keyed : bool
        Score code x as max + min - x (over the substantive codes); favorable answers turn
        around with it.
    policy : NonSubstantivePolicy
        ``exclude`` (default): "no opinion" answers are counted but not scored.
    
    Returns
    -------
    ItemCoding
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
