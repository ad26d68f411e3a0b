"""
Compiled core of libls. Import libls, not this module.
"""
from __future__ import annotations
import collections.abc
import enum
import numpy
import pandas
import numpy.typing
import os
import typing
__all__: list[str] = ['AggregateAgreement', 'AggregateOptions', 'AggregateTally', 'AggregationResult', 'AgreementAccumulator', 'AgreementResult', 'AgreementStatus', 'AlphaItem', 'AnalysisOptions', 'AnswerKind', 'Catalog', 'CatalogAlias', 'CatalogEntry', 'CatalogSet', 'CategoryColumn', 'CodeCount', 'CodeCounts', 'CodeTally', 'ComparisonOptions', 'ComparisonReference', 'ComparisonStatus', 'Crosswalk', 'CrosswalkLink', 'CrosswalkRelation', 'CsvAnswerFormat', 'CsvColumn', 'CsvColumnUse', 'CsvIssue', 'CsvOptions', 'CsvReport', 'CustomRole', 'CycleDefinition', 'CycleEntry', 'CycleEvidence', 'CycleEvidenceKind', 'CycleLog', 'CycleOverviewReport', 'CyclePosition', 'CycleStage', 'CycleStageDescription', 'DeletionPolicy', 'DescriptorStatus', 'FactorRating', 'FavorabilityReport', 'GroupAgreement', 'GroupComparison', 'GroupConsensus', 'GroupNesting', 'GroupStatistics', 'GroupTable', 'GroupTally', 'HedgesGResult', 'IcCount', 'IcDistribution', 'IcMap', 'IcOutcome', 'IcOutcomeDistribution', 'IcPlacement', 'IcSubjectKind', 'IccAccumulator', 'IccResult', 'IccStatus', 'Instrument', 'Issue', 'ItemAnswerCounts', 'ItemCoding', 'ItemCovariance', 'ItemDistribution', 'ItemFavorability', 'KasabBarrierChange', 'KasabCell', 'KasabCellDiff', 'KasabCellKey', 'KasabCellState', 'KasabChart', 'KasabCompleteness', 'KasabDescriptor', 'KasabDescriptorLocation', 'KasabDiff', 'KasabDimension', 'KasabDuplicate', 'KasabGridCell', 'KasabStatusChange', 'KrippendorffAccumulator', 'KrippendorffMetric', 'KrippendorffResult', 'KrippendorffStatus', 'LevelIcc', 'ListwiseCovariance', 'MeanConfidenceInterval', 'Moments', 'NestingConflict', 'NonSubstantivePolicy', 'OrgUnit', 'OrgUnitKind', 'Organization', 'PairwiseCovariance', 'ParticipantRatings', 'Person', 'Protocol', 'ProtocolSession', 'ProtocolSessionBudget', 'ProtocolStep', 'ProtocolTimeBudget', 'ReadOptions', 'Reliability', 'Respondent', 'RespondentRecord', 'ResponseMatrix', 'ResponseRecords', 'ResponseScale', 'ScaleOption', 'ScoredSubscale', 'ScoringOptions', 'ScoringPlan', 'ScoringReport', 'ScoringTally', 'Severity', 'SimdLevel', 'SixFactorAssessment', 'SixFactorComparison', 'SixFactorSummary', 'Subscale', 'SubscaleFavorability', 'SubscaleReliability', 'SubscaleScoreReport', 'SubscaleTally', 'Summary', 'SupportFactor', 'SupportFactorComparison', 'SupportFactorSummary', 'SuppressionReason', 'SurveyAnalysis', 'SurveyItem', 'SystemKind', 'Tag', 'TagTranslation', 'TeamConsensus', 'TeamCycleState', 'TeamCycleStatus', 'TheoryOfAction', 'TheoryOfActionBarrier', 'TheoryOfActionDiff', 'ValidationReport', 'VarianceComponent', 'VarianceDecomposition', 'WaveComparison', 'WaveOptions', 'WaveStatus', 'WelchTestResult', 'accumulate_listwise_covariance', 'accumulate_pairwise_covariance', 'active_simd_level', 'aggregate', 'analyse', 'builtin_catalogs', 'builtin_instrument', 'builtin_instruments', 'builtin_protocol', 'builtin_protocol_ids', 'builtin_protocols', 'check_codes', 'check_ic_placements', 'check_response_records', 'check_tags', 'codings_for', 'compare_groups', 'compare_six_factor', 'compare_waves', 'comparison_note', 'complement_summary', 'cronbach_alpha', 'cronbach_alpha_from_covariance', 'cycle_overview', 'cycle_stage_number', 'cycle_stages', 'decompose_variance', 'default_kasab_roles', 'describe_cycle_stage', 'disclosure_violations', 'hedges_correction', 'hedges_g', 'ic_placement_distribution', 'ic_placement_distribution_by_date', 'icc', 'icc_items', 'integer_scale', 'is_stable_id', 'item_coding', 'item_covariances', 'item_distributions', 'kasab_completeness', 'kasab_diff', 'kasab_dimension_description', 'kasab_dimension_title', 'kasab_dimensions', 'kasab_duplicates', 'kasab_letter', 'krippendorff_alpha', 'latest_ic_placements', 'may_be_placed_under', 'normalised_descriptor_text', 'p_adjust_bh', 'p_adjust_holm', 'percent_favorable', 'scoring_plan', 'set_simd_level', 'student_t_quantile', 'subscale_scores', 'summarise', 'summarise_six_factor', 'support_factor_description', 'support_factor_number', 'support_factor_title', 'support_factors', 'supported_simd_level', 'suppress_groups', 't_confidence_interval', 'version', 'wave_note', 'welch_test', 'within_group_agreement']
class Severity(enum.Enum):
    """
    Enumeration ls::severity; members are named as in JSON.
    """
    error: typing.ClassVar[Severity]
    warning: typing.ClassVar[Severity]
    @classmethod
    def __new__(cls, value):
        ...
class AgreementStatus(enum.Enum):
    """
    Enumeration ls::agreement_status; members are named as in JSON.
    """
    defined: typing.ClassVar[AgreementStatus]
    mean_too_extreme: typing.ClassVar[AgreementStatus]
    no_respondents: typing.ClassVar[AgreementStatus]
    one_respondent: typing.ClassVar[AgreementStatus]
    @classmethod
    def __new__(cls, value):
        ...
class IccStatus(enum.Enum):
    """
    Enumeration ls::icc_status; members are named as in JSON.
    """
    defined: typing.ClassVar[IccStatus]
    no_between_group_variance: typing.ClassVar[IccStatus]
    no_values: typing.ClassVar[IccStatus]
    no_variance: typing.ClassVar[IccStatus]
    one_value_per_group: typing.ClassVar[IccStatus]
    single_group: typing.ClassVar[IccStatus]
    @classmethod
    def __new__(cls, value):
        ...
class KrippendorffMetric(enum.Enum):
    """
    Enumeration ls::krippendorff_metric; members are named as in JSON.
    """
    interval: typing.ClassVar[KrippendorffMetric]
    nominal: typing.ClassVar[KrippendorffMetric]
    ordinal: typing.ClassVar[KrippendorffMetric]
    ratio: typing.ClassVar[KrippendorffMetric]
    @classmethod
    def __new__(cls, value):
        ...
class KrippendorffStatus(enum.Enum):
    """
    Enumeration ls::krippendorff_status; members are named as in JSON.
    """
    defined: typing.ClassVar[KrippendorffStatus]
    no_pairable_values: typing.ClassVar[KrippendorffStatus]
    no_variation: typing.ClassVar[KrippendorffStatus]
    @classmethod
    def __new__(cls, value):
        ...
class DeletionPolicy(enum.Enum):
    """
    Enumeration ls::deletion_policy; members are named as in JSON.
    """
    listwise: typing.ClassVar[DeletionPolicy]
    pairwise: typing.ClassVar[DeletionPolicy]
    @classmethod
    def __new__(cls, value):
        ...
class SimdLevel(enum.Enum):
    """
    Enumeration ls::simd_level; members are named as in JSON.
    """
    avx2: typing.ClassVar[SimdLevel]
    avx512_vnni: typing.ClassVar[SimdLevel]
    portable: typing.ClassVar[SimdLevel]
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
class SuppressionReason(enum.Enum):
    """
    Enumeration ls::suppression_reason; members are named as in JSON.
    """
    below_minimum: typing.ClassVar[SuppressionReason]
    complementary: typing.ClassVar[SuppressionReason]
    none: typing.ClassVar[SuppressionReason]
    @classmethod
    def __new__(cls, value):
        ...
class ComparisonStatus(enum.Enum):
    """
    Enumeration ls::comparison_status; members are named as in JSON.
    """
    compared: typing.ClassVar[ComparisonStatus]
    group_suppressed: typing.ClassVar[ComparisonStatus]
    group_too_small: typing.ClassVar[ComparisonStatus]
    no_variance: typing.ClassVar[ComparisonStatus]
    not_finite: typing.ClassVar[ComparisonStatus]
    reference_is_group: typing.ClassVar[ComparisonStatus]
    reference_suppressed: typing.ClassVar[ComparisonStatus]
    reference_too_small: typing.ClassVar[ComparisonStatus]
    @classmethod
    def __new__(cls, value):
        ...
class ComparisonReference(enum.Enum):
    """
    Enumeration ls::comparison_reference; members are named as in JSON.
    """
    all: typing.ClassVar[ComparisonReference]
    group: typing.ClassVar[ComparisonReference]
    rest: typing.ClassVar[ComparisonReference]
    @classmethod
    def __new__(cls, value):
        ...
class WaveStatus(enum.Enum):
    """
    Enumeration ls::wave_status; members are named as in JSON.
    """
    compared: typing.ClassVar[WaveStatus]
    degenerate: typing.ClassVar[WaveStatus]
    only_after: typing.ClassVar[WaveStatus]
    only_before: typing.ClassVar[WaveStatus]
    suppressed_after: typing.ClassVar[WaveStatus]
    suppressed_before: typing.ClassVar[WaveStatus]
    suppressed_both: typing.ClassVar[WaveStatus]
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
    def _repr_html_(self) -> str:
        """
        Jupyter display: every issue, with its severity, code, path and message.
        
        Returns
        -------
        str
            HTML: "Valid" when there are no issues, else the counts of errors and warnings
            and a table of the issues.
        """
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
class GroupAgreement:
    """
    libls type ls::group_agreement. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    group : int
    n : int
    dropped : int
    mean_item_variance : float
    rwg : float
    average_deviation_mean : float
    average_deviation_median : float
    status : AgreementStatus
    awg : float
    awg_items : int
    awg_status : AgreementStatus
    """
    __hash__: typing.ClassVar[None] = None
    awg_status: AgreementStatus
    status: AgreementStatus
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> GroupAgreement:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> GroupAgreement:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> GroupAgreement:
        ...
    def __deepcopy__(self, arg0: dict) -> GroupAgreement:
        ...
    def __eq__(self, arg0: GroupAgreement) -> bool:
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
    def average_deviation_mean(self) -> float:
        ...
    @average_deviation_mean.setter
    def average_deviation_mean(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def average_deviation_median(self) -> float:
        ...
    @average_deviation_median.setter
    def average_deviation_median(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def awg(self) -> float:
        ...
    @awg.setter
    def awg(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def awg_items(self) -> int:
        ...
    @awg_items.setter
    def awg_items(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def dropped(self) -> int:
        ...
    @dropped.setter
    def dropped(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def group(self) -> int:
        ...
    @group.setter
    def group(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def mean_item_variance(self) -> float:
        ...
    @mean_item_variance.setter
    def mean_item_variance(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def n(self) -> int:
        ...
    @n.setter
    def n(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def rwg(self) -> float:
        ...
    @rwg.setter
    def rwg(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class AgreementResult:
    """
    libls type ls::agreement_result. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    items : int
    expected_variance : float
    scale_minimum : float
    scale_maximum : float
    ungrouped_rows : int
    groups : list[GroupAgreement]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> AgreementResult:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> AgreementResult:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> AgreementResult:
        ...
    def __deepcopy__(self, arg0: dict) -> AgreementResult:
        ...
    def __eq__(self, arg0: AgreementResult) -> bool:
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
    def to_frame(self) -> 'pandas.DataFrame':
        """
        The elements of ``groups`` as a tidy frame, a row per GroupAgreement.
        
        Returns
        -------
        pandas.DataFrame
            The fields as columns, in declaration order; nested fields flattened (``a.b``);
            lists of text joined with "; "; null as NaN.
        
        Raises
        ------
        ImportError
            When pandas is not installed.
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
    def expected_variance(self) -> float:
        ...
    @expected_variance.setter
    def expected_variance(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def groups(self) -> list[GroupAgreement]:
        ...
    @groups.setter
    def groups(self, arg1: collections.abc.Sequence[GroupAgreement]) -> None:
        ...
    @property
    def items(self) -> int:
        ...
    @items.setter
    def items(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def scale_maximum(self) -> float:
        ...
    @scale_maximum.setter
    def scale_maximum(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def scale_minimum(self) -> float:
        ...
    @scale_minimum.setter
    def scale_minimum(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def ungrouped_rows(self) -> int:
        ...
    @ungrouped_rows.setter
    def ungrouped_rows(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class AgreementAccumulator:
    """
    libls type ls::agreement_accumulator. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    items : list[int]
    slot_values : list[float]
    slot_offsets : list[int]
    expected_variance : float
    scale_minimum : float
    scale_maximum : float
    counts : list[int]
    complete_rows : list[int]
    dropped_rows : list[int]
    ungrouped_rows : int
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> AgreementAccumulator:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> AgreementAccumulator:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> AgreementAccumulator:
        ...
    def __deepcopy__(self, arg0: dict) -> AgreementAccumulator:
        ...
    def __eq__(self, arg0: AgreementAccumulator) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def merge(self, arg0: AgreementAccumulator) -> None:
        ...
    def result(self) -> AgreementResult:
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
    def complete_rows(self) -> list[int]:
        ...
    @complete_rows.setter
    def complete_rows(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def counts(self) -> list[int]:
        ...
    @counts.setter
    def counts(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def dropped_rows(self) -> list[int]:
        ...
    @dropped_rows.setter
    def dropped_rows(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def expected_variance(self) -> float:
        ...
    @expected_variance.setter
    def expected_variance(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def items(self) -> list[int]:
        ...
    @items.setter
    def items(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def scale_maximum(self) -> float:
        ...
    @scale_maximum.setter
    def scale_maximum(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def scale_minimum(self) -> float:
        ...
    @scale_minimum.setter
    def scale_minimum(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def slot_offsets(self) -> list[int]:
        ...
    @slot_offsets.setter
    def slot_offsets(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def slot_values(self) -> list[float]:
        ...
    @slot_values.setter
    def slot_values(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def ungrouped_rows(self) -> int:
        ...
    @ungrouped_rows.setter
    def ungrouped_rows(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class IccResult:
    """
    libls type ls::icc_result. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    n : int
    missing : int
    ungrouped : int
    groups : int
    df_between : float
    df_within : float
    sum_squares_between : float
    sum_squares_within : float
    mean_square_between : float
    mean_square_within : float
    f_ratio : float
    mean_group_size : float
    icc1 : float
    icc2 : float
    icc1_status : IccStatus
    icc2_status : IccStatus
    """
    __hash__: typing.ClassVar[None] = None
    icc1_status: IccStatus
    icc2_status: IccStatus
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> IccResult:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> IccResult:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> IccResult:
        ...
    def __deepcopy__(self, arg0: dict) -> IccResult:
        ...
    def __eq__(self, arg0: IccResult) -> bool:
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
    def to_frame(self) -> 'pandas.DataFrame':
        """
        This result as a frame of one row.
        
        Returns
        -------
        pandas.DataFrame
            The fields as columns, in declaration order; nested fields flattened (``a.b``);
            null as NaN.
        
        Raises
        ------
        ImportError
            When pandas is not installed.
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
    def df_between(self) -> float:
        ...
    @df_between.setter
    def df_between(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def df_within(self) -> float:
        ...
    @df_within.setter
    def df_within(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def f_ratio(self) -> float:
        ...
    @f_ratio.setter
    def f_ratio(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def groups(self) -> int:
        ...
    @groups.setter
    def groups(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def icc1(self) -> float:
        ...
    @icc1.setter
    def icc1(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def icc2(self) -> float:
        ...
    @icc2.setter
    def icc2(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def mean_group_size(self) -> float:
        ...
    @mean_group_size.setter
    def mean_group_size(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def mean_square_between(self) -> float:
        ...
    @mean_square_between.setter
    def mean_square_between(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def mean_square_within(self) -> float:
        ...
    @mean_square_within.setter
    def mean_square_within(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def missing(self) -> int:
        ...
    @missing.setter
    def missing(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def n(self) -> int:
        ...
    @n.setter
    def n(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def sum_squares_between(self) -> float:
        ...
    @sum_squares_between.setter
    def sum_squares_between(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def sum_squares_within(self) -> float:
        ...
    @sum_squares_within.setter
    def sum_squares_within(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def ungrouped(self) -> int:
        ...
    @ungrouped.setter
    def ungrouped(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class IccAccumulator:
    """
    libls type ls::icc_accumulator. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    groups : list[Moments]
    ungrouped : int
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> IccAccumulator:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> IccAccumulator:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> IccAccumulator:
        ...
    def __deepcopy__(self, arg0: dict) -> IccAccumulator:
        ...
    def __eq__(self, arg0: IccAccumulator) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def add(self, arg0: typing.SupportsFloat | typing.SupportsIndex, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def merge(self, arg0: IccAccumulator) -> None:
        ...
    def result(self) -> IccResult:
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
    def groups(self) -> list[Moments]:
        ...
    @groups.setter
    def groups(self, arg1: collections.abc.Sequence[Moments]) -> None:
        ...
    @property
    def ungrouped(self) -> int:
        ...
    @ungrouped.setter
    def ungrouped(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class KrippendorffResult:
    """
    libls type ls::krippendorff_result. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    metric : KrippendorffMetric
    alpha : float
    observed_disagreement : float
    expected_disagreement : float
    units : int
    pairable_units : int
    pairable_values : int
    status : KrippendorffStatus
    """
    __hash__: typing.ClassVar[None] = None
    metric: KrippendorffMetric
    status: KrippendorffStatus
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KrippendorffResult:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KrippendorffResult:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> KrippendorffResult:
        ...
    def __deepcopy__(self, arg0: dict) -> KrippendorffResult:
        ...
    def __eq__(self, arg0: KrippendorffResult) -> bool:
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
    def to_frame(self) -> 'pandas.DataFrame':
        """
        This result as a frame of one row.
        
        Returns
        -------
        pandas.DataFrame
            The fields as columns, in declaration order; nested fields flattened (``a.b``);
            null as NaN.
        
        Raises
        ------
        ImportError
            When pandas is not installed.
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
    def alpha(self) -> float:
        ...
    @alpha.setter
    def alpha(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def expected_disagreement(self) -> float:
        ...
    @expected_disagreement.setter
    def expected_disagreement(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def observed_disagreement(self) -> float:
        ...
    @observed_disagreement.setter
    def observed_disagreement(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def pairable_units(self) -> int:
        ...
    @pairable_units.setter
    def pairable_units(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def pairable_values(self) -> int:
        ...
    @pairable_values.setter
    def pairable_values(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def units(self) -> int:
        ...
    @units.setter
    def units(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class KrippendorffAccumulator:
    """
    libls type ls::krippendorff_accumulator. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    values : list[float]
    coincidences : list[float]
    units : int
    pairable_units : int
    pairable_values : int
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> KrippendorffAccumulator:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> KrippendorffAccumulator:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> KrippendorffAccumulator:
        ...
    def __deepcopy__(self, arg0: dict) -> KrippendorffAccumulator:
        ...
    def __eq__(self, arg0: KrippendorffAccumulator) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def merge(self, arg0: KrippendorffAccumulator) -> None:
        ...
    def result(self, arg0: KrippendorffMetric) -> KrippendorffResult:
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
    def coincidences(self) -> list[float]:
        ...
    @coincidences.setter
    def coincidences(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def pairable_units(self) -> int:
        ...
    @pairable_units.setter
    def pairable_units(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def pairable_values(self) -> int:
        ...
    @pairable_values.setter
    def pairable_values(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def units(self) -> int:
        ...
    @units.setter
    def units(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def values(self) -> list[float]:
        ...
    @values.setter
    def values(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
class ItemCovariance:
    """
    libls type ls::item_covariance. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    policy : DeletionPolicy
    items : int
    rows : int
    complete_rows : int
    counts : list[int]
    means : list[float]
    covariances : list[float]
    """
    __hash__: typing.ClassVar[None] = None
    policy: DeletionPolicy
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ItemCovariance:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ItemCovariance:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ItemCovariance:
        ...
    def __deepcopy__(self, arg0: dict) -> ItemCovariance:
        ...
    def __eq__(self, arg0: ItemCovariance) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def covariance_of(self, arg0: typing.SupportsInt | typing.SupportsIndex, arg1: typing.SupportsInt | typing.SupportsIndex) -> float:
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
    def complete_rows(self) -> int:
        ...
    @complete_rows.setter
    def complete_rows(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def counts(self) -> list[int]:
        ...
    @counts.setter
    def counts(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def covariances(self) -> list[float]:
        ...
    @covariances.setter
    def covariances(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def items(self) -> int:
        ...
    @items.setter
    def items(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def means(self) -> list[float]:
        ...
    @means.setter
    def means(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def rows(self) -> int:
        ...
    @rows.setter
    def rows(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class ListwiseCovariance:
    """
    libls type ls::listwise_covariance. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    items : int
    rows : int
    complete_rows : int
    means : list[float]
    comoments : list[float]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ListwiseCovariance:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ListwiseCovariance:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ListwiseCovariance:
        ...
    def __deepcopy__(self, arg0: dict) -> ListwiseCovariance:
        ...
    def __eq__(self, arg0: ListwiseCovariance) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def merge(self, arg0: ListwiseCovariance) -> None:
        ...
    def result(self) -> ItemCovariance:
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
    def comoments(self) -> list[float]:
        ...
    @comoments.setter
    def comoments(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def complete_rows(self) -> int:
        ...
    @complete_rows.setter
    def complete_rows(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def items(self) -> int:
        ...
    @items.setter
    def items(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def means(self) -> list[float]:
        ...
    @means.setter
    def means(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def rows(self) -> int:
        ...
    @rows.setter
    def rows(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class PairwiseCovariance:
    """
    libls type ls::pairwise_covariance. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    items : int
    rows : int
    complete_rows : int
    counts : list[int]
    means : list[float]
    comoments : list[float]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> PairwiseCovariance:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> PairwiseCovariance:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> PairwiseCovariance:
        ...
    def __deepcopy__(self, arg0: dict) -> PairwiseCovariance:
        ...
    def __eq__(self, arg0: PairwiseCovariance) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def merge(self, arg0: PairwiseCovariance) -> None:
        ...
    def result(self) -> ItemCovariance:
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
    def comoments(self) -> list[float]:
        ...
    @comoments.setter
    def comoments(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def complete_rows(self) -> int:
        ...
    @complete_rows.setter
    def complete_rows(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def counts(self) -> list[int]:
        ...
    @counts.setter
    def counts(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def items(self) -> int:
        ...
    @items.setter
    def items(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def means(self) -> list[float]:
        ...
    @means.setter
    def means(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def rows(self) -> int:
        ...
    @rows.setter
    def rows(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class AlphaItem:
    """
    libls type ls::alpha_item. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    item : str
    column : int
    kept : bool
    count : int
    mean : float
    standard_deviation : float
    alpha_if_dropped : float
    std_alpha_if_dropped : float
    item_rest_correlation : float
    negative_item_rest : bool
    """
    __hash__: typing.ClassVar[None] = None
    item: str
    kept: bool
    negative_item_rest: bool
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> AlphaItem:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> AlphaItem:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> AlphaItem:
        ...
    def __deepcopy__(self, arg0: dict) -> AlphaItem:
        ...
    def __eq__(self, arg0: AlphaItem) -> bool:
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
    def alpha_if_dropped(self) -> float:
        ...
    @alpha_if_dropped.setter
    def alpha_if_dropped(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def column(self) -> int:
        ...
    @column.setter
    def column(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def count(self) -> int:
        ...
    @count.setter
    def count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def item_rest_correlation(self) -> float:
        ...
    @item_rest_correlation.setter
    def item_rest_correlation(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def mean(self) -> float:
        ...
    @mean.setter
    def mean(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def standard_deviation(self) -> float:
        ...
    @standard_deviation.setter
    def standard_deviation(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def std_alpha_if_dropped(self) -> float:
        ...
    @std_alpha_if_dropped.setter
    def std_alpha_if_dropped(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class Reliability:
    """
    libls type ls::reliability. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    policy : DeletionPolicy
    rows : int
    complete_rows : int
    n : int
    item_count : int
    alpha : float
    std_alpha : float
    average_r : float
    confidence : float
    feldt_lower : float
    feldt_upper : float
    items : list[AlphaItem]
    reverse_candidates : list[str]
    issues : list[Issue]
    """
    __hash__: typing.ClassVar[None] = None
    policy: DeletionPolicy
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> Reliability:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> Reliability:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> Reliability:
        ...
    def __deepcopy__(self, arg0: dict) -> Reliability:
        ...
    def __eq__(self, arg0: Reliability) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def defined(self) -> bool:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_frame(self) -> 'pandas.DataFrame':
        """
        The elements of ``items`` as a tidy frame, a row per AlphaItem.
        
        Returns
        -------
        pandas.DataFrame
            The fields as columns, in declaration order; nested fields flattened (``a.b``);
            lists of text joined with "; "; null as NaN.
        
        Raises
        ------
        ImportError
            When pandas is not installed.
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
    def alpha(self) -> float:
        ...
    @alpha.setter
    def alpha(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def average_r(self) -> float:
        ...
    @average_r.setter
    def average_r(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def complete_rows(self) -> int:
        ...
    @complete_rows.setter
    def complete_rows(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def confidence(self) -> float:
        ...
    @confidence.setter
    def confidence(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def feldt_lower(self) -> float:
        ...
    @feldt_lower.setter
    def feldt_lower(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def feldt_upper(self) -> float:
        ...
    @feldt_upper.setter
    def feldt_upper(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def issues(self) -> list[Issue]:
        ...
    @issues.setter
    def issues(self, arg1: collections.abc.Sequence[Issue]) -> None:
        ...
    @property
    def item_count(self) -> int:
        ...
    @item_count.setter
    def item_count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def items(self) -> list[AlphaItem]:
        ...
    @items.setter
    def items(self, arg1: collections.abc.Sequence[AlphaItem]) -> None:
        ...
    @property
    def n(self) -> int:
        ...
    @n.setter
    def n(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def reverse_candidates(self) -> list[str]:
        ...
    @reverse_candidates.setter
    def reverse_candidates(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def rows(self) -> int:
        ...
    @rows.setter
    def rows(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def std_alpha(self) -> float:
        ...
    @std_alpha.setter
    def std_alpha(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
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
    def _repr_html_(self) -> str:
        """
        Jupyter display: the team's steps through the cycle, as a timeline.
        
        Returns
        -------
        str
            HTML: a row per entry of the log in order, with its stage, iteration, dates,
            owner and state (done, in progress, or skipped with the reason).
        """
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
    def _repr_html_(self) -> str:
        """
        Jupyter display: the thinking chart, KASAB dimensions by roles.
        
        Returns
        -------
        str
            HTML: a row per dimension (knowledge, attitudes, skills, aspirations,
            behaviors), a column per role of the chart, the descriptors of each cell as a
            list with drafts marked.
        """
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
    def _repr_html_(self) -> str:
        """
        Jupyter display: every rating of each factor, and both kinds of consensus.
        
        Returns
        -------
        str
            HTML: a row per factor, a column per participant, then the group consensus
            and the team consensus (rating, examples, next steps).
        """
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
    def _repr_html_(self) -> str:
        """
        Jupyter display: the title, the scales, the subscales and the items.
        
        Returns
        -------
        str
            HTML: each scale with its options (no opinion and favorable ones marked), a
            table of subscales with their items, and a table of items (text, scale, reverse
            key).
        """
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
class ScoringOptions:
    """
    libls type ls::scoring_options. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    non_substantive : NonSubstantivePolicy
    min_answered_fraction : float
    """
    __hash__: typing.ClassVar[None] = None
    non_substantive: NonSubstantivePolicy
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ScoringOptions:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ScoringOptions:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ScoringOptions:
        ...
    def __deepcopy__(self, arg0: dict) -> ScoringOptions:
        ...
    def __eq__(self, arg0: ScoringOptions) -> bool:
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
    def min_answered_fraction(self) -> float:
        ...
    @min_answered_fraction.setter
    def min_answered_fraction(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class ScoredSubscale:
    """
    libls type ls::scored_subscale. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    id : str
    columns : list[int]
    min_answered : int
    min_answered_from_subscale : bool
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    min_answered_from_subscale: bool
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ScoredSubscale:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ScoredSubscale:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ScoredSubscale:
        ...
    def __deepcopy__(self, arg0: dict) -> ScoredSubscale:
        ...
    def __eq__(self, arg0: ScoredSubscale) -> bool:
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
    def columns(self) -> list[int]:
        ...
    @columns.setter
    def columns(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def min_answered(self) -> int:
        ...
    @min_answered.setter
    def min_answered(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class CodeCounts:
    """
    libls type ls::code_counts. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    counts : list[int]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CodeCounts:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CodeCounts:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CodeCounts:
        ...
    def __deepcopy__(self, arg0: dict) -> CodeCounts:
        ...
    def __eq__(self, arg0: CodeCounts) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def count_of(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> int:
        ...
    def merge(self, arg0: CodeCounts) -> None:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON text of this value (indent < 0: one line).
        """
    def total(self) -> int:
        ...
    def validate(self) -> ValidationReport:
        """
        Every issue in this value and what it contains (never raises).
        """
    @property
    def counts(self) -> list[int]:
        ...
    @counts.setter
    def counts(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
class CodeTally:
    """
    libls type ls::code_tally. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    columns : list[CodeCounts]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CodeTally:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CodeTally:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CodeTally:
        ...
    def __deepcopy__(self, arg0: dict) -> CodeTally:
        ...
    def __eq__(self, arg0: CodeTally) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def merge(self, arg0: CodeTally) -> None:
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
    def columns(self) -> list[CodeCounts]:
        ...
    @columns.setter
    def columns(self, arg1: collections.abc.Sequence[CodeCounts]) -> None:
        ...
class CodeCount:
    """
    libls type ls::code_count. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    code : int
    label : str
    kind : AnswerKind
    favorable : bool
    count : int
    percent_of_answers : float
    """
    __hash__: typing.ClassVar[None] = None
    favorable: bool
    kind: AnswerKind
    label: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> CodeCount:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> CodeCount:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> CodeCount:
        ...
    def __deepcopy__(self, arg0: dict) -> CodeCount:
        ...
    def __eq__(self, arg0: CodeCount) -> bool:
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
    @property
    def count(self) -> int:
        ...
    @count.setter
    def count(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def percent_of_answers(self) -> float:
        ...
    @percent_of_answers.setter
    def percent_of_answers(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class ItemDistribution:
    """
    libls type ls::item_distribution. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    item : str
    respondents : int
    missing : int
    substantive : int
    non_substantive : int
    invalid : int
    codes : list[CodeCount]
    """
    __hash__: typing.ClassVar[None] = None
    item: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ItemDistribution:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ItemDistribution:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ItemDistribution:
        ...
    def __deepcopy__(self, arg0: dict) -> ItemDistribution:
        ...
    def __eq__(self, arg0: ItemDistribution) -> bool:
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
    def codes(self) -> list[CodeCount]:
        ...
    @codes.setter
    def codes(self, arg1: collections.abc.Sequence[CodeCount]) -> None:
        ...
    @property
    def invalid(self) -> int:
        ...
    @invalid.setter
    def invalid(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def missing(self) -> int:
        ...
    @missing.setter
    def missing(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def non_substantive(self) -> int:
        ...
    @non_substantive.setter
    def non_substantive(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def respondents(self) -> int:
        ...
    @respondents.setter
    def respondents(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def substantive(self) -> int:
        ...
    @substantive.setter
    def substantive(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class ItemFavorability:
    """
    libls type ls::item_favorability. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    item : str
    favorable : int
    scored : int
    non_substantive_excluded : int
    percent_favorable : float
    note : str
    """
    __hash__: typing.ClassVar[None] = None
    item: str
    note: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ItemFavorability:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ItemFavorability:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ItemFavorability:
        ...
    def __deepcopy__(self, arg0: dict) -> ItemFavorability:
        ...
    def __eq__(self, arg0: ItemFavorability) -> bool:
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
    def favorable(self) -> int:
        ...
    @favorable.setter
    def favorable(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def non_substantive_excluded(self) -> int:
        ...
    @non_substantive_excluded.setter
    def non_substantive_excluded(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def percent_favorable(self) -> float:
        ...
    @percent_favorable.setter
    def percent_favorable(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def scored(self) -> int:
        ...
    @scored.setter
    def scored(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class SubscaleFavorability:
    """
    libls type ls::subscale_favorability. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    subscale : str
    favorable : int
    scored : int
    non_substantive_excluded : int
    percent_favorable : float
    note : str
    """
    __hash__: typing.ClassVar[None] = None
    note: str
    subscale: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> SubscaleFavorability:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> SubscaleFavorability:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> SubscaleFavorability:
        ...
    def __deepcopy__(self, arg0: dict) -> SubscaleFavorability:
        ...
    def __eq__(self, arg0: SubscaleFavorability) -> bool:
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
    def favorable(self) -> int:
        ...
    @favorable.setter
    def favorable(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def non_substantive_excluded(self) -> int:
        ...
    @non_substantive_excluded.setter
    def non_substantive_excluded(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def percent_favorable(self) -> float:
        ...
    @percent_favorable.setter
    def percent_favorable(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def scored(self) -> int:
        ...
    @scored.setter
    def scored(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class FavorabilityReport:
    """
    libls type ls::favorability_report. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    items : list[ItemFavorability]
    subscales : list[SubscaleFavorability]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> FavorabilityReport:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> FavorabilityReport:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> FavorabilityReport:
        ...
    def __deepcopy__(self, arg0: dict) -> FavorabilityReport:
        ...
    def __eq__(self, arg0: FavorabilityReport) -> bool:
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
    def items(self) -> list[ItemFavorability]:
        ...
    @items.setter
    def items(self, arg1: collections.abc.Sequence[ItemFavorability]) -> None:
        ...
    @property
    def subscales(self) -> list[SubscaleFavorability]:
        ...
    @subscales.setter
    def subscales(self, arg1: collections.abc.Sequence[SubscaleFavorability]) -> None:
        ...
class SubscaleTally:
    """
    libls type ls::subscale_tally. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    respondents : int
    scored : int
    too_few_answered : int
    no_answers : int
    scores : Moments
    """
    __hash__: typing.ClassVar[None] = None
    scores: Moments
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> SubscaleTally:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> SubscaleTally:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> SubscaleTally:
        ...
    def __deepcopy__(self, arg0: dict) -> SubscaleTally:
        ...
    def __eq__(self, arg0: SubscaleTally) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def merge(self, arg0: SubscaleTally) -> None:
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
    def no_answers(self) -> int:
        ...
    @no_answers.setter
    def no_answers(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def respondents(self) -> int:
        ...
    @respondents.setter
    def respondents(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def scored(self) -> int:
        ...
    @scored.setter
    def scored(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def too_few_answered(self) -> int:
        ...
    @too_few_answered.setter
    def too_few_answered(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class ScoringTally:
    """
    libls type ls::scoring_tally. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    codes : CodeTally
    subscales : list[SubscaleTally]
    """
    __hash__: typing.ClassVar[None] = None
    codes: CodeTally
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ScoringTally:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ScoringTally:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ScoringTally:
        ...
    def __deepcopy__(self, arg0: dict) -> ScoringTally:
        ...
    def __eq__(self, arg0: ScoringTally) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def merge(self, arg0: ScoringTally) -> None:
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
    def subscales(self) -> list[SubscaleTally]:
        ...
    @subscales.setter
    def subscales(self, arg1: collections.abc.Sequence[SubscaleTally]) -> None:
        ...
class ItemAnswerCounts:
    """
    libls type ls::item_answer_counts. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    item : str
    respondents : int
    scored : int
    missing : int
    non_substantive : int
    non_substantive_excluded : int
    invalid : int
    """
    __hash__: typing.ClassVar[None] = None
    item: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ItemAnswerCounts:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ItemAnswerCounts:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ItemAnswerCounts:
        ...
    def __deepcopy__(self, arg0: dict) -> ItemAnswerCounts:
        ...
    def __eq__(self, arg0: ItemAnswerCounts) -> bool:
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
    def invalid(self) -> int:
        ...
    @invalid.setter
    def invalid(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def missing(self) -> int:
        ...
    @missing.setter
    def missing(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def non_substantive(self) -> int:
        ...
    @non_substantive.setter
    def non_substantive(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def non_substantive_excluded(self) -> int:
        ...
    @non_substantive_excluded.setter
    def non_substantive_excluded(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def respondents(self) -> int:
        ...
    @respondents.setter
    def respondents(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def scored(self) -> int:
        ...
    @scored.setter
    def scored(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class SubscaleScoreReport:
    """
    libls type ls::subscale_score_report. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    subscale : str
    items : int
    min_answered : int
    min_answered_from_subscale : bool
    respondents : int
    scored : int
    too_few_answered : int
    no_answers : int
    answers_scored : int
    answers_missing : int
    answers_non_substantive : int
    answers_non_substantive_excluded : int
    answers_invalid : int
    scores : Summary
    """
    __hash__: typing.ClassVar[None] = None
    min_answered_from_subscale: bool
    scores: Summary
    subscale: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> SubscaleScoreReport:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> SubscaleScoreReport:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> SubscaleScoreReport:
        ...
    def __deepcopy__(self, arg0: dict) -> SubscaleScoreReport:
        ...
    def __eq__(self, arg0: SubscaleScoreReport) -> bool:
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
    def answers_invalid(self) -> int:
        ...
    @answers_invalid.setter
    def answers_invalid(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def answers_missing(self) -> int:
        ...
    @answers_missing.setter
    def answers_missing(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def answers_non_substantive(self) -> int:
        ...
    @answers_non_substantive.setter
    def answers_non_substantive(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def answers_non_substantive_excluded(self) -> int:
        ...
    @answers_non_substantive_excluded.setter
    def answers_non_substantive_excluded(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def answers_scored(self) -> int:
        ...
    @answers_scored.setter
    def answers_scored(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def items(self) -> int:
        ...
    @items.setter
    def items(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def min_answered(self) -> int:
        ...
    @min_answered.setter
    def min_answered(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def no_answers(self) -> int:
        ...
    @no_answers.setter
    def no_answers(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def respondents(self) -> int:
        ...
    @respondents.setter
    def respondents(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def scored(self) -> int:
        ...
    @scored.setter
    def scored(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def too_few_answered(self) -> int:
        ...
    @too_few_answered.setter
    def too_few_answered(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class ScoringReport:
    """
    libls type ls::scoring_report. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    options : ScoringOptions
    respondents : int
    items : list[ItemAnswerCounts]
    subscales : list[SubscaleScoreReport]
    warnings : list[Issue]
    """
    __hash__: typing.ClassVar[None] = None
    options: ScoringOptions
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ScoringReport:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ScoringReport:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ScoringReport:
        ...
    def __deepcopy__(self, arg0: dict) -> ScoringReport:
        ...
    def __eq__(self, arg0: ScoringReport) -> bool:
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
    def to_frame(self) -> 'pandas.DataFrame':
        """
        The elements of ``subscales`` as a tidy frame, a row per SubscaleScoreReport.
        
        Returns
        -------
        pandas.DataFrame
            The fields as columns, in declaration order; nested fields flattened (``a.b``);
            lists of text joined with "; "; null as NaN.
        
        Raises
        ------
        ImportError
            When pandas is not installed.
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
    def items(self) -> list[ItemAnswerCounts]:
        ...
    @items.setter
    def items(self, arg1: collections.abc.Sequence[ItemAnswerCounts]) -> None:
        ...
    @property
    def respondents(self) -> int:
        ...
    @respondents.setter
    def respondents(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def subscales(self) -> list[SubscaleScoreReport]:
        ...
    @subscales.setter
    def subscales(self, arg1: collections.abc.Sequence[SubscaleScoreReport]) -> None:
        ...
    @property
    def warnings(self) -> list[Issue]:
        ...
    @warnings.setter
    def warnings(self, arg1: collections.abc.Sequence[Issue]) -> None:
        ...
class NestingConflict:
    """
    libls type ls::nesting_conflict. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    node : int
    parent : int
    row : int
    other_parent : int
    other_row : int
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> NestingConflict:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> NestingConflict:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> NestingConflict:
        ...
    def __deepcopy__(self, arg0: dict) -> NestingConflict:
        ...
    def __eq__(self, arg0: NestingConflict) -> bool:
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
    def node(self) -> int:
        ...
    @node.setter
    def node(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def other_parent(self) -> int:
        ...
    @other_parent.setter
    def other_parent(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def other_row(self) -> int:
        ...
    @other_row.setter
    def other_row(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def parent(self) -> int:
        ...
    @parent.setter
    def parent(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def row(self) -> int:
        ...
    @row.setter
    def row(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class GroupNesting:
    """
    libls type ls::group_nesting. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    rows : list[int]
    parents : list[int]
    parent_rows : list[int]
    conflicts : list[NestingConflict]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> GroupNesting:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> GroupNesting:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> GroupNesting:
        ...
    def __deepcopy__(self, arg0: dict) -> GroupNesting:
        ...
    def __eq__(self, arg0: GroupNesting) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def merge(self, arg0: GroupNesting) -> None:
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
    def conflicts(self) -> list[NestingConflict]:
        ...
    @conflicts.setter
    def conflicts(self, arg1: collections.abc.Sequence[NestingConflict]) -> None:
        ...
    @property
    def parent_rows(self) -> list[int]:
        ...
    @parent_rows.setter
    def parent_rows(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def parents(self) -> list[int]:
        ...
    @parents.setter
    def parents(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def rows(self) -> list[int]:
        ...
    @rows.setter
    def rows(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
class MeanConfidenceInterval:
    """
    libls type ls::mean_confidence_interval. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    lower : float
    upper : float
    level : float
    note : str
    """
    __hash__: typing.ClassVar[None] = None
    note: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> MeanConfidenceInterval:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> MeanConfidenceInterval:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> MeanConfidenceInterval:
        ...
    def __deepcopy__(self, arg0: dict) -> MeanConfidenceInterval:
        ...
    def __eq__(self, arg0: MeanConfidenceInterval) -> bool:
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
    def level(self) -> float:
        ...
    @level.setter
    def level(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def lower(self) -> float:
        ...
    @lower.setter
    def lower(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def upper(self) -> float:
        ...
    @upper.setter
    def upper(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class AggregateOptions:
    """
    libls type ls::aggregate_options. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    min_group_size : int
    confidence_level : float
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> AggregateOptions:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> AggregateOptions:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> AggregateOptions:
        ...
    def __deepcopy__(self, arg0: dict) -> AggregateOptions:
        ...
    def __eq__(self, arg0: AggregateOptions) -> bool:
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
    def confidence_level(self) -> float:
        ...
    @confidence_level.setter
    def confidence_level(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def min_group_size(self) -> int:
        ...
    @min_group_size.setter
    def min_group_size(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class AggregateAgreement:
    """
    libls type ls::aggregate_agreement. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    rwg_j : float
    note : str
    """
    __hash__: typing.ClassVar[None] = None
    note: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> AggregateAgreement:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> AggregateAgreement:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> AggregateAgreement:
        ...
    def __deepcopy__(self, arg0: dict) -> AggregateAgreement:
        ...
    def __eq__(self, arg0: AggregateAgreement) -> bool:
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
    def rwg_j(self) -> float:
        ...
    @rwg_j.setter
    def rwg_j(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class GroupStatistics:
    """
    libls type ls::group_statistics. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    subscale : str
    level : str
    group : str
    parent_level : str
    parent_group : str
    suppression : SuppressionReason
    n : int | None
    mean : float
    standard_deviation : float
    ci_lower : float
    ci_upper : float
    percent_favorable : float
    agreement : AggregateAgreement | None
    notes : list[str]
    """
    __hash__: typing.ClassVar[None] = None
    agreement: AggregateAgreement | None
    group: str
    level: str
    parent_group: str
    parent_level: str
    subscale: str
    suppression: SuppressionReason
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> GroupStatistics:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> GroupStatistics:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> GroupStatistics:
        ...
    def __deepcopy__(self, arg0: dict) -> GroupStatistics:
        ...
    def __eq__(self, arg0: GroupStatistics) -> bool:
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
    def ci_lower(self) -> float:
        ...
    @ci_lower.setter
    def ci_lower(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def ci_upper(self) -> float:
        ...
    @ci_upper.setter
    def ci_upper(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def mean(self) -> float:
        ...
    @mean.setter
    def mean(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def n(self) -> int | None:
        ...
    @n.setter
    def n(self, arg1: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def notes(self) -> list[str]:
        ...
    @notes.setter
    def notes(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def percent_favorable(self) -> float:
        ...
    @percent_favorable.setter
    def percent_favorable(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def standard_deviation(self) -> float:
        ...
    @standard_deviation.setter
    def standard_deviation(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class AggregationResult:
    """
    libls type ls::aggregation_result. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    options : AggregateOptions
    levels : list[str]
    subscales : list[str]
    groups : list[GroupStatistics]
    suppressed_below_minimum : int
    suppressed_complementary : int
    """
    __hash__: typing.ClassVar[None] = None
    options: AggregateOptions
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> AggregationResult:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> AggregationResult:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> AggregationResult:
        ...
    def __deepcopy__(self, arg0: dict) -> AggregationResult:
        ...
    def __eq__(self, arg0: AggregationResult) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def find(self, arg0: str, arg1: str, arg2: str) -> GroupStatistics | None:
        ...
    def level(self, arg0: str, arg1: str) -> list[GroupStatistics]:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_frame(self) -> 'pandas.DataFrame':
        """
        The elements of ``groups`` as a tidy frame, a row per GroupStatistics.
        
        Returns
        -------
        pandas.DataFrame
            The fields as columns, in declaration order; nested fields flattened (``a.b``);
            lists of text joined with "; "; null as NaN; n as nullable integers (<NA> for null).
        
        Raises
        ------
        ImportError
            When pandas is not installed.
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
    def groups(self) -> list[GroupStatistics]:
        ...
    @groups.setter
    def groups(self, arg1: collections.abc.Sequence[GroupStatistics]) -> None:
        ...
    @property
    def levels(self) -> list[str]:
        ...
    @levels.setter
    def levels(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def subscales(self) -> list[str]:
        ...
    @subscales.setter
    def subscales(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def suppressed_below_minimum(self) -> int:
        ...
    @suppressed_below_minimum.setter
    def suppressed_below_minimum(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def suppressed_complementary(self) -> int:
        ...
    @suppressed_complementary.setter
    def suppressed_complementary(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class GroupTally:
    """
    libls type ls::group_tally. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    scores : Moments
    favorable : int
    answers : int
    """
    __hash__: typing.ClassVar[None] = None
    scores: Moments
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> GroupTally:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> GroupTally:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> GroupTally:
        ...
    def __deepcopy__(self, arg0: dict) -> GroupTally:
        ...
    def __eq__(self, arg0: GroupTally) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def merge(self, arg0: GroupTally) -> None:
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
    def answers(self) -> int:
        ...
    @answers.setter
    def answers(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def favorable(self) -> int:
        ...
    @favorable.setter
    def favorable(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class AggregateTally:
    """
    libls type ls::aggregate_tally. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    nesting : GroupNesting
    groups : list[GroupTally]
    """
    __hash__: typing.ClassVar[None] = None
    nesting: GroupNesting
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> AggregateTally:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> AggregateTally:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> AggregateTally:
        ...
    def __deepcopy__(self, arg0: dict) -> AggregateTally:
        ...
    def __eq__(self, arg0: AggregateTally) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def merge(self, arg0: AggregateTally) -> None:
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
    def groups(self) -> list[GroupTally]:
        ...
    @groups.setter
    def groups(self, arg1: collections.abc.Sequence[GroupTally]) -> None:
        ...
class GroupTable:
    """
    libls type ls::group_table. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    options : AggregateOptions
    levels : list[str]
    subscales : list[str]
    group_level : list[int]
    group_index : list[int]
    group_label : list[str]
    parent : list[int]
    suppression : list[SuppressionReason]
    n : list[int]
    mean : list[float]
    standard_deviation : list[float]
    ci_lower : list[float]
    ci_upper : list[float]
    percent_favorable : list[float]
    agreement_level : int
    rwg_j : list[float]
    agreement_status : list[AgreementStatus]
    favorable_defined : list[int]
    suppressed_below_minimum : int
    suppressed_complementary : int
    """
    __hash__: typing.ClassVar[None] = None
    options: AggregateOptions
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> GroupTable:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> GroupTable:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> GroupTable:
        ...
    def __deepcopy__(self, arg0: dict) -> GroupTable:
        ...
    def __eq__(self, arg0: GroupTable) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        Jupyter display: the size of the table and its groups per level.
        
        Returns
        -------
        str
            HTML: how many subscales and groups, and per level how many groups are
            published and hidden; ``to_frame()`` gives all of it.
        """
    def arrays(self) -> dict:
        """
        The columns as NumPy arrays (copies), in a dict.
        
        Per group (all respondents first, then each level's groups with rows): ``group_level``
        (index into ``levels``), ``group_index`` (the group's index in its level's codes, -1 for
        all respondents), ``parent`` (position of the enclosing group, -1). Per subscale and
        group, shape (subscales, groups): ``suppression`` (0 published, 1 below minimum,
        2 complementary), ``n`` (0 when suppressed), ``mean``, ``standard_deviation``,
        ``ci_lower``, ``ci_upper``, ``percent_favorable``, ``rwg_j``, ``agreement_status``
        (0 defined, 1 no respondents, 2 one respondent).
        """
    def row(self, arg0: typing.SupportsInt | typing.SupportsIndex, arg1: typing.SupportsInt | typing.SupportsIndex) -> GroupStatistics:
        ...
    def to_aggregation(self) -> AggregationResult:
        ...
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_frame(self) -> 'pandas.DataFrame':
        """
        The group table as a tidy frame: a row per subscale and group.
        
        Subscale by subscale, and within a subscale the groups in the table's order (all
        respondents first). Built from the table's NumPy arrays, not object by object.
        
        Returns
        -------
        pandas.DataFrame
            Columns: subscale and level (categorical), group, group_index, parent_level,
            parent_group (text, "" for all respondents), suppression (categorical: none,
            below_minimum, complementary), n (nullable integer: <NA> when suppressed, as no
            number of a hidden group is shown), mean, standard_deviation, ci_lower, ci_upper,
            percent_favorable, rwg_j (NaN outside the agreement level and where undefined).
        
        Raises
        ------
        ImportError
            When pandas is not installed.
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
    def agreement_level(self) -> int:
        ...
    @agreement_level.setter
    def agreement_level(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def agreement_status(self) -> list[AgreementStatus]:
        ...
    @agreement_status.setter
    def agreement_status(self, arg1: collections.abc.Sequence[AgreementStatus]) -> None:
        ...
    @property
    def ci_lower(self) -> list[float]:
        ...
    @ci_lower.setter
    def ci_lower(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def ci_upper(self) -> list[float]:
        ...
    @ci_upper.setter
    def ci_upper(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def favorable_defined(self) -> list[int]:
        ...
    @favorable_defined.setter
    def favorable_defined(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def group_index(self) -> list[int]:
        ...
    @group_index.setter
    def group_index(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def group_label(self) -> list[str]:
        ...
    @group_label.setter
    def group_label(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def group_level(self) -> list[int]:
        ...
    @group_level.setter
    def group_level(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def levels(self) -> list[str]:
        ...
    @levels.setter
    def levels(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def mean(self) -> list[float]:
        ...
    @mean.setter
    def mean(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def n(self) -> list[int]:
        ...
    @n.setter
    def n(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def parent(self) -> list[int]:
        ...
    @parent.setter
    def parent(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def percent_favorable(self) -> list[float]:
        ...
    @percent_favorable.setter
    def percent_favorable(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def rwg_j(self) -> list[float]:
        ...
    @rwg_j.setter
    def rwg_j(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def standard_deviation(self) -> list[float]:
        ...
    @standard_deviation.setter
    def standard_deviation(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def subscales(self) -> list[str]:
        ...
    @subscales.setter
    def subscales(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def suppressed_below_minimum(self) -> int:
        ...
    @suppressed_below_minimum.setter
    def suppressed_below_minimum(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def suppressed_complementary(self) -> int:
        ...
    @suppressed_complementary.setter
    def suppressed_complementary(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def suppression(self) -> list[SuppressionReason]:
        ...
    @suppression.setter
    def suppression(self, arg1: collections.abc.Sequence[SuppressionReason]) -> None:
        ...
class VarianceComponent:
    """
    libls type ls::variance_component. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    level : str
    groups : int
    degrees_of_freedom : float
    sum_of_squares : float
    mean_square : float
    estimate : float
    variance : float
    share : float
    intraclass_correlation : float
    mean_group_size : float
    design_effect : float
    """
    __hash__: typing.ClassVar[None] = None
    level: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> VarianceComponent:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> VarianceComponent:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> VarianceComponent:
        ...
    def __deepcopy__(self, arg0: dict) -> VarianceComponent:
        ...
    def __eq__(self, arg0: VarianceComponent) -> bool:
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
    def degrees_of_freedom(self) -> float:
        ...
    @degrees_of_freedom.setter
    def degrees_of_freedom(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def design_effect(self) -> float:
        ...
    @design_effect.setter
    def design_effect(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def estimate(self) -> float:
        ...
    @estimate.setter
    def estimate(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def groups(self) -> int:
        ...
    @groups.setter
    def groups(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def intraclass_correlation(self) -> float:
        ...
    @intraclass_correlation.setter
    def intraclass_correlation(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def mean_group_size(self) -> float:
        ...
    @mean_group_size.setter
    def mean_group_size(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def mean_square(self) -> float:
        ...
    @mean_square.setter
    def mean_square(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def share(self) -> float:
        ...
    @share.setter
    def share(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def sum_of_squares(self) -> float:
        ...
    @sum_of_squares.setter
    def sum_of_squares(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def variance(self) -> float:
        ...
    @variance.setter
    def variance(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class VarianceDecomposition:
    """
    libls type ls::variance_decomposition. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    n : int
    missing : int
    ungrouped : int
    mean : float
    total_variance : float
    components : list[VarianceComponent]
    notes : list[str]
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> VarianceDecomposition:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> VarianceDecomposition:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> VarianceDecomposition:
        ...
    def __deepcopy__(self, arg0: dict) -> VarianceDecomposition:
        ...
    def __eq__(self, arg0: VarianceDecomposition) -> bool:
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
    def to_frame(self) -> 'pandas.DataFrame':
        """
        The elements of ``components`` as a tidy frame, a row per VarianceComponent.
        
        Returns
        -------
        pandas.DataFrame
            The fields as columns, in declaration order; nested fields flattened (``a.b``);
            lists of text joined with "; "; null as NaN.
        
        Raises
        ------
        ImportError
            When pandas is not installed.
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
    def components(self) -> list[VarianceComponent]:
        ...
    @components.setter
    def components(self, arg1: collections.abc.Sequence[VarianceComponent]) -> None:
        ...
    @property
    def mean(self) -> float:
        ...
    @mean.setter
    def mean(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def missing(self) -> int:
        ...
    @missing.setter
    def missing(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def n(self) -> int:
        ...
    @n.setter
    def n(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def notes(self) -> list[str]:
        ...
    @notes.setter
    def notes(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def total_variance(self) -> float:
        ...
    @total_variance.setter
    def total_variance(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def ungrouped(self) -> int:
        ...
    @ungrouped.setter
    def ungrouped(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class AnalysisOptions:
    """
    libls type ls::analysis_options. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    groups : AggregateOptions
    agreement_level : str
    reliability : bool
    threads : int
    """
    __hash__: typing.ClassVar[None] = None
    agreement_level: str
    groups: AggregateOptions
    reliability: bool
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> AnalysisOptions:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> AnalysisOptions:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> AnalysisOptions:
        ...
    def __deepcopy__(self, arg0: dict) -> AnalysisOptions:
        ...
    def __eq__(self, arg0: AnalysisOptions) -> bool:
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
    def threads(self) -> int:
        ...
    @threads.setter
    def threads(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class SubscaleReliability:
    """
    libls type ls::subscale_reliability. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    subscale : str
    listwise : Reliability
    pairwise : Reliability
    """
    __hash__: typing.ClassVar[None] = None
    listwise: Reliability
    pairwise: Reliability
    subscale: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> SubscaleReliability:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> SubscaleReliability:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> SubscaleReliability:
        ...
    def __deepcopy__(self, arg0: dict) -> SubscaleReliability:
        ...
    def __eq__(self, arg0: SubscaleReliability) -> bool:
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
class LevelIcc:
    """
    libls type ls::level_icc. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    level : str
    subscale : str
    icc : IccResult
    """
    __hash__: typing.ClassVar[None] = None
    icc: IccResult
    level: str
    subscale: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> LevelIcc:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> LevelIcc:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> LevelIcc:
        ...
    def __deepcopy__(self, arg0: dict) -> LevelIcc:
        ...
    def __eq__(self, arg0: LevelIcc) -> bool:
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
class SurveyAnalysis:
    """
    libls type ls::survey_analysis. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    options : AnalysisOptions
    groups : GroupTable
    reliability : list[SubscaleReliability]
    icc : list[LevelIcc]
    agreement_in_one_pass : bool
    """
    __hash__: typing.ClassVar[None] = None
    agreement_in_one_pass: bool
    groups: GroupTable
    options: AnalysisOptions
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> SurveyAnalysis:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> SurveyAnalysis:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> SurveyAnalysis:
        ...
    def __deepcopy__(self, arg0: dict) -> SurveyAnalysis:
        ...
    def __eq__(self, arg0: SurveyAnalysis) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        Jupyter display: alpha per subscale, the ICCs, and the groups of each level.
        
        Returns
        -------
        str
            HTML: a reliability table (alpha listwise and pairwise), the intraclass
            correlations per level and subscale, and per level how many groups are published
            and how many hidden (below the minimum size, or to protect another group).
        """
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_frame(self, what: str = 'groups') -> 'pandas.DataFrame':
        """
        A tidy frame of one part of the analysis.
        
        Parameters
        ----------
        what : str
            ``"groups"``: the group table, as ``GroupTable.to_frame`` gives it;
            ``"reliability"``: a row per subscale and deletion policy (listwise, pairwise) with
            alpha, standardised alpha, the average inter-item correlation and Feldt's
            interval; ``"icc"``: a row per level and subscale with ICC(1), ICC(2), their
            status and the one-way ANOVA table.
        
        Returns
        -------
        pandas.DataFrame
        
        Raises
        ------
        ValueError
            For any other ``what``.
        ImportError
            When pandas is not installed.
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
    def icc(self) -> list[LevelIcc]:
        ...
    @icc.setter
    def icc(self, arg1: collections.abc.Sequence[LevelIcc]) -> None:
        ...
    @property
    def reliability(self) -> list[SubscaleReliability]:
        ...
    @reliability.setter
    def reliability(self, arg1: collections.abc.Sequence[SubscaleReliability]) -> None:
        ...
class WelchTestResult:
    """
    libls type ls::welch_test_result. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    difference : float
    standard_error : float
    t : float
    df : float
    p_value : float
    ci_lower : float
    ci_upper : float
    level : float
    status : ComparisonStatus
    """
    __hash__: typing.ClassVar[None] = None
    status: ComparisonStatus
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> WelchTestResult:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> WelchTestResult:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> WelchTestResult:
        ...
    def __deepcopy__(self, arg0: dict) -> WelchTestResult:
        ...
    def __eq__(self, arg0: WelchTestResult) -> bool:
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
    def ci_lower(self) -> float:
        ...
    @ci_lower.setter
    def ci_lower(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def ci_upper(self) -> float:
        ...
    @ci_upper.setter
    def ci_upper(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def df(self) -> float:
        ...
    @df.setter
    def df(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def difference(self) -> float:
        ...
    @difference.setter
    def difference(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def level(self) -> float:
        ...
    @level.setter
    def level(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def p_value(self) -> float:
        ...
    @p_value.setter
    def p_value(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def standard_error(self) -> float:
        ...
    @standard_error.setter
    def standard_error(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def t(self) -> float:
        ...
    @t.setter
    def t(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class HedgesGResult:
    """
    libls type ls::hedges_g_result. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    g : float
    cohens_d : float
    correction : float
    pooled_standard_deviation : float
    ci_lower : float
    ci_upper : float
    level : float
    status : ComparisonStatus
    """
    __hash__: typing.ClassVar[None] = None
    status: ComparisonStatus
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> HedgesGResult:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> HedgesGResult:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> HedgesGResult:
        ...
    def __deepcopy__(self, arg0: dict) -> HedgesGResult:
        ...
    def __eq__(self, arg0: HedgesGResult) -> bool:
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
    def ci_lower(self) -> float:
        ...
    @ci_lower.setter
    def ci_lower(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def ci_upper(self) -> float:
        ...
    @ci_upper.setter
    def ci_upper(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def cohens_d(self) -> float:
        ...
    @cohens_d.setter
    def cohens_d(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def correction(self) -> float:
        ...
    @correction.setter
    def correction(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def g(self) -> float:
        ...
    @g.setter
    def g(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def level(self) -> float:
        ...
    @level.setter
    def level(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def pooled_standard_deviation(self) -> float:
        ...
    @pooled_standard_deviation.setter
    def pooled_standard_deviation(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class ComparisonOptions:
    """
    libls type ls::comparison_options. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    level : str
    reference : ComparisonReference
    reference_group : str
    confidence_level : float
    """
    __hash__: typing.ClassVar[None] = None
    level: str
    reference: ComparisonReference
    reference_group: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> ComparisonOptions:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> ComparisonOptions:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> ComparisonOptions:
        ...
    def __deepcopy__(self, arg0: dict) -> ComparisonOptions:
        ...
    def __eq__(self, arg0: ComparisonOptions) -> bool:
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
    def confidence_level(self) -> float:
        ...
    @confidence_level.setter
    def confidence_level(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class GroupComparison:
    """
    libls type ls::group_comparison. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    options : ComparisonOptions
    subscales : list[str]
    reference_label : str
    group : list[int]
    group_label : list[str]
    parent_group : list[str]
    status : list[ComparisonStatus]
    suppression : list[SuppressionReason]
    n : list[int]
    mean : list[float]
    standard_deviation : list[float]
    ci_lower : list[float]
    ci_upper : list[float]
    percent_favorable : list[float]
    rwg_j : list[float]
    reference_n : list[int]
    reference_mean : list[float]
    reference_standard_deviation : list[float]
    difference : list[float]
    difference_ci_lower : list[float]
    difference_ci_upper : list[float]
    standard_error : list[float]
    t : list[float]
    df : list[float]
    p_value : list[float]
    hedges_g : list[float]
    hedges_g_ci_lower : list[float]
    hedges_g_ci_upper : list[float]
    p_holm : list[float]
    p_bh : list[float]
    """
    __hash__: typing.ClassVar[None] = None
    options: ComparisonOptions
    reference_label: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> GroupComparison:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> GroupComparison:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> GroupComparison:
        ...
    def __deepcopy__(self, arg0: dict) -> GroupComparison:
        ...
    def __eq__(self, arg0: GroupComparison) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        Jupyter display: every compared group of each subscale against its reference.
        
        Suppressed groups are not listed, only counted; a comparison that could not be made
        shows the group's own numbers and the reason.
        
        Returns
        -------
        str
            HTML: a heading (the level, the reference, the interval level), then per subscale
            a table of the groups' n and mean, the difference with its interval, Hedges' g,
            p and its Holm and Benjamini-Hochberg adjustments, and a note.
        """
    def arrays(self) -> dict:
        """
        The columns as NumPy arrays (copies), in a dict.
        
        Per group of the level: ``group`` (its position in the table). Per subscale and group,
        shape (subscales, groups): ``status`` (the ComparisonStatus value), ``suppression``
        (0 published, 1 below minimum, 2 complementary), ``n`` and ``reference_n`` (0 when not
        shown), and every float column: ``mean``, ``standard_deviation``, ``ci_lower``,
        ``ci_upper``, ``percent_favorable``, ``rwg_j``, ``reference_mean``,
        ``reference_standard_deviation``, ``difference``, ``difference_ci_lower``,
        ``difference_ci_upper``, ``standard_error``, ``t``, ``df``, ``p_value``, ``hedges_g``,
        ``hedges_g_ci_lower``, ``hedges_g_ci_upper``, ``p_holm``, ``p_bh``.
        """
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_frame(self) -> 'pandas.DataFrame':
        """
        One row per subscale and group of the compared level (subscale by subscale).
        
        Columns: subscale (categorical), group, parent_group, reference (the reference's
        label), status (categorical: the ComparisonStatus names), note (why the comparison is
        NaN, "" when compared), suppression (categorical), n and reference_n (nullable
        integers: <NA> where not shown), then mean, standard_deviation, ci_lower, ci_upper,
        percent_favorable, rwg_j, reference_mean, reference_standard_deviation, difference,
        difference_ci_lower, difference_ci_upper, standard_error, t, df, p_value, hedges_g,
        hedges_g_ci_lower, hedges_g_ci_upper, p_holm, p_bh.
        
        Returns
        -------
        pandas.DataFrame
            A row per subscale and group, subscale by subscale in the comparison's order; a
            suppressed group's row has <NA> counts and NaN numbers.
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
    def ci_lower(self) -> list[float]:
        ...
    @ci_lower.setter
    def ci_lower(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def ci_upper(self) -> list[float]:
        ...
    @ci_upper.setter
    def ci_upper(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def df(self) -> list[float]:
        ...
    @df.setter
    def df(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def difference(self) -> list[float]:
        ...
    @difference.setter
    def difference(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def difference_ci_lower(self) -> list[float]:
        ...
    @difference_ci_lower.setter
    def difference_ci_lower(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def difference_ci_upper(self) -> list[float]:
        ...
    @difference_ci_upper.setter
    def difference_ci_upper(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def group(self) -> list[int]:
        ...
    @group.setter
    def group(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def group_label(self) -> list[str]:
        ...
    @group_label.setter
    def group_label(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def hedges_g(self) -> list[float]:
        ...
    @hedges_g.setter
    def hedges_g(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def hedges_g_ci_lower(self) -> list[float]:
        ...
    @hedges_g_ci_lower.setter
    def hedges_g_ci_lower(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def hedges_g_ci_upper(self) -> list[float]:
        ...
    @hedges_g_ci_upper.setter
    def hedges_g_ci_upper(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def mean(self) -> list[float]:
        ...
    @mean.setter
    def mean(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def n(self) -> list[int]:
        ...
    @n.setter
    def n(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def p_bh(self) -> list[float]:
        ...
    @p_bh.setter
    def p_bh(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def p_holm(self) -> list[float]:
        ...
    @p_holm.setter
    def p_holm(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def p_value(self) -> list[float]:
        ...
    @p_value.setter
    def p_value(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def parent_group(self) -> list[str]:
        ...
    @parent_group.setter
    def parent_group(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def percent_favorable(self) -> list[float]:
        ...
    @percent_favorable.setter
    def percent_favorable(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def reference_mean(self) -> list[float]:
        ...
    @reference_mean.setter
    def reference_mean(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def reference_n(self) -> list[int]:
        ...
    @reference_n.setter
    def reference_n(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def reference_standard_deviation(self) -> list[float]:
        ...
    @reference_standard_deviation.setter
    def reference_standard_deviation(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def rwg_j(self) -> list[float]:
        ...
    @rwg_j.setter
    def rwg_j(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def standard_deviation(self) -> list[float]:
        ...
    @standard_deviation.setter
    def standard_deviation(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def standard_error(self) -> list[float]:
        ...
    @standard_error.setter
    def standard_error(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def status(self) -> list[ComparisonStatus]:
        ...
    @status.setter
    def status(self, arg1: collections.abc.Sequence[ComparisonStatus]) -> None:
        ...
    @property
    def subscales(self) -> list[str]:
        ...
    @subscales.setter
    def subscales(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def suppression(self) -> list[SuppressionReason]:
        ...
    @suppression.setter
    def suppression(self, arg1: collections.abc.Sequence[SuppressionReason]) -> None:
        ...
    @property
    def t(self) -> list[float]:
        ...
    @t.setter
    def t(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
class WaveOptions:
    """
    libls type ls::wave_options. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    level : str
    confidence_level : float
    alpha : float
    """
    __hash__: typing.ClassVar[None] = None
    level: str
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> WaveOptions:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> WaveOptions:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> WaveOptions:
        ...
    def __deepcopy__(self, arg0: dict) -> WaveOptions:
        ...
    def __eq__(self, arg0: WaveOptions) -> bool:
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
    def alpha(self) -> float:
        ...
    @alpha.setter
    def alpha(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def confidence_level(self) -> float:
        ...
    @confidence_level.setter
    def confidence_level(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class WaveComparison:
    """
    libls type ls::wave_comparison. Build with keywords; every field has a default.
    List, dict and optional attributes give copies: change one, then assign it back.
    
    Attributes
    ----------
    options : WaveOptions
    subscales : list[str]
    group_label : list[str]
    parent_group : list[str]
    before_group : list[int]
    after_group : list[int]
    status : list[WaveStatus]
    test_status : list[ComparisonStatus]
    in_cohort : list[int]
    before_suppression : list[SuppressionReason]
    after_suppression : list[SuppressionReason]
    before_n : list[int]
    before_mean : list[float]
    before_standard_deviation : list[float]
    before_ci_lower : list[float]
    before_ci_upper : list[float]
    after_n : list[int]
    after_mean : list[float]
    after_standard_deviation : list[float]
    after_ci_lower : list[float]
    after_ci_upper : list[float]
    change : list[float]
    change_ci_lower : list[float]
    change_ci_upper : list[float]
    standard_error : list[float]
    t : list[float]
    df : list[float]
    p_value : list[float]
    hedges_g : list[float]
    hedges_g_ci_lower : list[float]
    hedges_g_ci_upper : list[float]
    p_holm : list[float]
    p_bh : list[float]
    cohort_size : list[int]
    increased : list[int]
    decreased : list[int]
    no_clear_change : list[int]
    cohort_before_n : list[int]
    cohort_before_mean : list[float]
    cohort_after_n : list[int]
    cohort_after_mean : list[float]
    cohort_change : list[float]
    """
    __hash__: typing.ClassVar[None] = None
    options: WaveOptions
    @staticmethod
    def from_dict(data: typing.Any, strict: bool = False) -> WaveComparison:
        """
        Read and validate plain Python objects; raises libls.ValidationError.
        """
    @staticmethod
    def from_json(text: str, strict: bool = False) -> WaveComparison:
        """
        Parse and validate JSON text; raises libls.ValidationError listing every issue.
        """
    @staticmethod
    def json_schema() -> typing.Any:
        """
        The JSON Schema (draft 2020-12) of this type's JSON form, as a dict: structure only; validate() applies the domain rules.
        """
    def __copy__(self) -> WaveComparison:
        ...
    def __deepcopy__(self, arg0: dict) -> WaveComparison:
        ...
    def __eq__(self, arg0: WaveComparison) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, **kwargs) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def _repr_html_(self) -> str:
        """
        Jupyter display: each group's change between the two waves, and the cohort's summary.
        
        Groups suppressed in either wave are not listed, only counted; groups in one wave only
        are counted too; a change that could not be tested shows both waves and the reason.
        
        Returns
        -------
        str
            HTML: a heading (the level, the interval level), then per subscale the cohort's
            summary (its size, how many increased or decreased with Holm p below alpha, its
            pooled means) and a table of the groups published in both waves: n and mean of
            each wave, the change with its interval, Hedges' g, p, Holm and BH, and a note.
        """
    def arrays(self) -> dict:
        """
        The columns as NumPy arrays (copies), in a dict.
        
        Per group of the union: ``before_group`` and ``after_group`` (its position in each wave's
        table, -1 when absent). Per subscale and group, shape (subscales, groups): ``status``
        (the WaveStatus value), ``test_status`` (the ComparisonStatus value), ``in_cohort``
        (bool), ``before_suppression`` and ``after_suppression`` (0 published or absent, 1 below
        minimum, 2 complementary), ``before_n`` and ``after_n`` (0 when not shown), and every
        float column: ``before_mean``, ``before_standard_deviation``, ``before_ci_lower``,
        ``before_ci_upper``, the same four of ``after_``, ``change``, ``change_ci_lower``,
        ``change_ci_upper``, ``standard_error``, ``t``, ``df``, ``p_value``, ``hedges_g``,
        ``hedges_g_ci_lower``, ``hedges_g_ci_upper``, ``p_holm``, ``p_bh``. Per subscale, shape
        (subscales,): ``cohort_size``, ``increased``, ``decreased``, ``no_clear_change``,
        ``cohort_before_n``, ``cohort_before_mean``, ``cohort_after_n``, ``cohort_after_mean``,
        ``cohort_change``.
        """
    def to_dict(self) -> typing.Any:
        """
        The JSON form of this value as plain Python objects.
        """
    def to_frame(self) -> 'pandas.DataFrame':
        """
        One row per subscale and group of the union of the two waves (subscale by subscale).
        
        Columns: subscale (categorical), group, parent_group, status (categorical: the
        WaveStatus names), test_status (categorical: the ComparisonStatus names), note (why
        the change is not shown, "" when compared), in_cohort (bool), before_suppression and
        after_suppression (categorical), before_n and after_n (nullable integers: <NA> where
        the wave has no published number of the group), then before_mean,
        before_standard_deviation, before_ci_lower, before_ci_upper, after_mean,
        after_standard_deviation, after_ci_lower, after_ci_upper, change, change_ci_lower, change_ci_upper, standard_error, t, df, p_value, hedges_g,
        hedges_g_ci_lower, hedges_g_ci_upper, p_holm, p_bh.
        
        Returns
        -------
        pandas.DataFrame
            A row per subscale and group; the cohort's summary is on the comparison itself
            (``cohort_size``, ``increased``, ...).
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
    def after_ci_lower(self) -> list[float]:
        ...
    @after_ci_lower.setter
    def after_ci_lower(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def after_ci_upper(self) -> list[float]:
        ...
    @after_ci_upper.setter
    def after_ci_upper(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def after_group(self) -> list[int]:
        ...
    @after_group.setter
    def after_group(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def after_mean(self) -> list[float]:
        ...
    @after_mean.setter
    def after_mean(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def after_n(self) -> list[int]:
        ...
    @after_n.setter
    def after_n(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def after_standard_deviation(self) -> list[float]:
        ...
    @after_standard_deviation.setter
    def after_standard_deviation(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def after_suppression(self) -> list[SuppressionReason]:
        ...
    @after_suppression.setter
    def after_suppression(self, arg1: collections.abc.Sequence[SuppressionReason]) -> None:
        ...
    @property
    def before_ci_lower(self) -> list[float]:
        ...
    @before_ci_lower.setter
    def before_ci_lower(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def before_ci_upper(self) -> list[float]:
        ...
    @before_ci_upper.setter
    def before_ci_upper(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def before_group(self) -> list[int]:
        ...
    @before_group.setter
    def before_group(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def before_mean(self) -> list[float]:
        ...
    @before_mean.setter
    def before_mean(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def before_n(self) -> list[int]:
        ...
    @before_n.setter
    def before_n(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def before_standard_deviation(self) -> list[float]:
        ...
    @before_standard_deviation.setter
    def before_standard_deviation(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def before_suppression(self) -> list[SuppressionReason]:
        ...
    @before_suppression.setter
    def before_suppression(self, arg1: collections.abc.Sequence[SuppressionReason]) -> None:
        ...
    @property
    def change(self) -> list[float]:
        ...
    @change.setter
    def change(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def change_ci_lower(self) -> list[float]:
        ...
    @change_ci_lower.setter
    def change_ci_lower(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def change_ci_upper(self) -> list[float]:
        ...
    @change_ci_upper.setter
    def change_ci_upper(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def cohort_after_mean(self) -> list[float]:
        ...
    @cohort_after_mean.setter
    def cohort_after_mean(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def cohort_after_n(self) -> list[int]:
        ...
    @cohort_after_n.setter
    def cohort_after_n(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def cohort_before_mean(self) -> list[float]:
        ...
    @cohort_before_mean.setter
    def cohort_before_mean(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def cohort_before_n(self) -> list[int]:
        ...
    @cohort_before_n.setter
    def cohort_before_n(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def cohort_change(self) -> list[float]:
        ...
    @cohort_change.setter
    def cohort_change(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def cohort_size(self) -> list[int]:
        ...
    @cohort_size.setter
    def cohort_size(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def decreased(self) -> list[int]:
        ...
    @decreased.setter
    def decreased(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def df(self) -> list[float]:
        ...
    @df.setter
    def df(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def group_label(self) -> list[str]:
        ...
    @group_label.setter
    def group_label(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def hedges_g(self) -> list[float]:
        ...
    @hedges_g.setter
    def hedges_g(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def hedges_g_ci_lower(self) -> list[float]:
        ...
    @hedges_g_ci_lower.setter
    def hedges_g_ci_lower(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def hedges_g_ci_upper(self) -> list[float]:
        ...
    @hedges_g_ci_upper.setter
    def hedges_g_ci_upper(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def in_cohort(self) -> list[int]:
        ...
    @in_cohort.setter
    def in_cohort(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def increased(self) -> list[int]:
        ...
    @increased.setter
    def increased(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def no_clear_change(self) -> list[int]:
        ...
    @no_clear_change.setter
    def no_clear_change(self, arg1: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
    @property
    def p_bh(self) -> list[float]:
        ...
    @p_bh.setter
    def p_bh(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def p_holm(self) -> list[float]:
        ...
    @p_holm.setter
    def p_holm(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def p_value(self) -> list[float]:
        ...
    @p_value.setter
    def p_value(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def parent_group(self) -> list[str]:
        ...
    @parent_group.setter
    def parent_group(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def standard_error(self) -> list[float]:
        ...
    @standard_error.setter
    def standard_error(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def status(self) -> list[WaveStatus]:
        ...
    @status.setter
    def status(self, arg1: collections.abc.Sequence[WaveStatus]) -> None:
        ...
    @property
    def subscales(self) -> list[str]:
        ...
    @subscales.setter
    def subscales(self, arg1: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def t(self) -> list[float]:
        ...
    @t.setter
    def t(self, arg1: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def test_status(self) -> list[ComparisonStatus]:
        ...
    @test_status.setter
    def test_status(self, arg1: collections.abc.Sequence[ComparisonStatus]) -> None:
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
    def read_csv_text(text: str, instrument: Instrument, options: CsvOptions | None = None) -> tuple[ResponseMatrix, CsvReport]:
        """
        Read responses from CSV text in memory, as ``read_csv`` reads a file.
        
        Parameters
        ----------
        text : str
            The whole CSV, header line first.
        instrument : Instrument
        options : CsvOptions, optional
        
        Returns
        -------
        tuple[ResponseMatrix, CsvReport]
            As ``read_csv``: issue lines count from 1 at the header.
        
        Raises
        ------
        libls.ValidationError
            When the header stops the read, as for ``read_csv``.
        libls.Error
            Unusable options.
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
    def levels(self) -> list:
        """
        The grouping levels of the metadata, top down, as ``aggregate`` and ``analyse``
        take them: ``(name, group index per row, labels)`` for each of ``system``, ``school`` and
        ``team`` the data have. The index arrays are read-only views, not copies.
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
class ScoringPlan:
    """
    What scoring needs before it reads an answer.
    
    The coding of every column of the data (reverse keys and the non-substantive policy
    applied) and, per subscale, its columns and pro-rating minimum. Built by ``scoring_plan``;
    every scoring and aggregation function takes one (or the instrument and item ids to build
    it).
    """
    def __repr__(self) -> str:
        ...
    @property
    def codings(self) -> list[ItemCoding]:
        """
        The coding of each column (list[ItemCoding]).
        """
    @property
    def items(self) -> list[str]:
        """
        The item id of each data column.
        """
    @property
    def settings(self) -> ScoringOptions:
        """
        The ScoringOptions the plan was built with.
        """
    @property
    def subscales(self) -> list[ScoredSubscale]:
        """
        The subscales scored (list[ScoredSubscale]).
        """
def accumulate_listwise_covariance(codes: numpy.ndarray, codings: collections.abc.Sequence[ItemCoding]) -> ListwiseCovariance:
    """
    The listwise covariance accumulator of these rows: a partial result to merge with others (``merge``) and read (``result()``).
    
    Parameters
    ----------
    codes : numpy.ndarray
        int8 answer codes, shape (rows, items), missing = -128. A Fortran-order array is read
        in place; a C-order array is copied first. Other dtypes raise TypeError.
    codings : list[ItemCoding]
        One per column (``codings_for`` or ``item_coding``): reverse keys and the
        non-substantive policy are applied through them.
    
    Returns
    -------
    ListwiseCovariance
    """
def accumulate_pairwise_covariance(codes: numpy.ndarray, codings: collections.abc.Sequence[ItemCoding]) -> PairwiseCovariance:
    """
    The pairwise covariance accumulator of these rows: a partial result to merge with others (``merge``) and read (``result()``).
    
    Parameters
    ----------
    codes : numpy.ndarray
        int8 answer codes, shape (rows, items), missing = -128. A Fortran-order array is read
        in place; a C-order array is copied first. Other dtypes raise TypeError.
    codings : list[ItemCoding]
        One per column (``codings_for`` or ``item_coding``): reverse keys and the
        non-substantive policy are applied through them.
    
    Returns
    -------
    PairwiseCovariance
    """
def active_simd_level() -> SimdLevel:
    """
    The vector instruction level the integer kernels use now.
    """
@typing.overload
def aggregate(codes: numpy.ndarray, plan: ScoringPlan, levels: collections.abc.Sequence, options: AggregateOptions = ..., threads: typing.SupportsInt | typing.SupportsIndex = 0, chunk_rows: typing.SupportsInt | typing.SupportsIndex = 0) -> AggregationResult:
    """
    Subscale statistics per group at every level, in one pass.
    
    For all respondents and each group of each level: n (respondents with a score), mean,
    sample standard deviation, t confidence interval of the mean, and percent favorable over
    those respondents' answers. Groups with fewer than ``options.min_group_size`` respondents
    are suppressed, and so are the groups needed to keep them from being recovered from
    their parent and siblings (complementary suppression): a suppressed group shows no
    statistic, not even n.
    
    Parameters
    ----------
    codes : numpy.ndarray
        Answer codes, int8, shape (rows, items), missing = -128. Read in place when in Fortran
        order; a C-order array is copied first. Other dtypes raise TypeError.
    plan : ScoringPlan
    levels : list[tuple[str, numpy.ndarray, list[str] | int]]
        Top level first, e.g. ``[("district", d, d_labels), ("school", s, s_labels)]``: a name,
        the group index of each row (int32, -1 = no group; int8/int16 are widened, a copy;
        other dtypes raise TypeError), and the label of each index (or the number of groups n:
        labels "0" .. "n-1"). Levels must nest: a group
        found under two parents raises libls.Error.
    options : AggregateOptions
        Minimum group size (default 5) and confidence level (default 0.95).
    threads : int
        0: one per core. The result does not depend on it.
    chunk_rows : int
        Rows per chunk of work; at least 4 per group (a chunk's partial result is the size of
        all groups). 0, the default: one chunk per thread. Means and sds are the same bit for
        bit for the same chunk_rows whatever the threads.
    
    Returns
    -------
    AggregationResult
        ``groups``: a GroupStatistics per subscale and group, all respondents first;
        ``find(subscale, level, group)`` picks one.
    """
@typing.overload
def aggregate(codes: numpy.ndarray, instrument: Instrument, items: collections.abc.Sequence[str], levels: collections.abc.Sequence, options: AggregateOptions = ..., scoring_options: ScoringOptions = ..., threads: typing.SupportsInt | typing.SupportsIndex = 0, chunk_rows: typing.SupportsInt | typing.SupportsIndex = 0) -> AggregationResult:
    """
    As above, with the plan built from the instrument and the item id of each column.
    """
def analyse(codes: numpy.ndarray, plan: ScoringPlan, levels: collections.abc.Sequence, options: AnalysisOptions = ...) -> SurveyAnalysis:
    """
    The whole analysis of a survey in one pass over the answers.
    
    For every subscale: n, mean, sd, t interval and percent favorable of every group at every
    level (small groups suppressed, as ``aggregate``); rwg(j) of every group of the agreement
    level (as ``within_group_agreement`` on the subscale's items); Cronbach's alpha, listwise
    and pairwise (as ``cronbach_alpha``); ICC(1)/ICC(2) of the scores by every level (as
    ``icc`` on ``subscale_scores``). Respondent scores are computed block by block and not
    kept.
    
    Parameters
    ----------
    codes : numpy.ndarray
        Answer codes, int8, shape (rows, items), missing = -128; read in place in Fortran
        order.
    plan : ScoringPlan
    levels : list[tuple[str, numpy.ndarray, list[str] | int]]
        Top level first: a name, the group index of each row (int32, -1 = no group) and the
        label of each index (or the number of groups n: labels "0" .. "n-1"), as for
        ``aggregate``.
    options : AnalysisOptions
        ``groups`` (AggregateOptions: minimum group size 5, confidence 0.95),
        ``agreement_level`` ("" = the lowest level, "none" = no agreement), ``reliability``
        (alpha, default True), ``threads`` (0 = one per core).
    
    Returns
    -------
    SurveyAnalysis
        ``groups`` (GroupTable: ``arrays()`` gives its columns as NumPy arrays, ``row(k, i)``
        one entry as GroupStatistics), ``reliability`` (one SubscaleReliability per subscale),
        ``icc`` (one LevelIcc per level and subscale), ``agreement_in_one_pass`` (False when
        the rows of an agreement group were apart and a second pass was needed).
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
def check_codes(codes: numpy.ndarray, items: collections.abc.Sequence[str], instrument: Instrument) -> ValidationReport:
    """
    Answer codes checked against an instrument, column by column, without raising.
    
    ``ResponseMatrix.from_numpy(..., instrument=...)`` raises with the same issues.
    
    Parameters
    ----------
    codes : numpy.ndarray
        int8, shape (rows, items), -128 = no answer. Read in place when in Fortran order; any
        other int8 layout is copied once. Other dtypes raise TypeError.
    items : list[str]
        The item id of each column.
    instrument : Instrument
    
    Returns
    -------
    ValidationReport
        ``responses.item_count`` (/items: as many ids as columns), ``responses.unknown_item``
        and ``responses.not_rated`` (/items/<j>), ``responses.not_on_scale`` (/codes/<j>: how
        many codes of column j are not answers of its scale, with the first row and code).
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
def check_response_records(records: ResponseRecords, instrument: Instrument) -> ValidationReport:
    """
    The answers of ResponseRecords checked against an instrument, every problem at its path.
    
    ``ResponseMatrix.from_records`` raises with the same issues; this only reports them.
    
    Parameters
    ----------
    records : ResponseRecords
    instrument : Instrument
    
    Returns
    -------
    ValidationReport
        ``responses.instrument_mismatch`` (/instrument), ``responses.unknown_item`` and
        ``responses.not_rated`` (/respondents/<i>/answers/<item>: no such item, an open-text
        item), ``responses.not_on_scale`` (a code that is not an option of the item's scale).
        Never raises for bad content.
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
def compare_groups(table: GroupTable, options: ComparisonOptions) -> GroupComparison:
    """
    Every group of one level against a reference, on every subscale.
    
    For each subscale and group of ``options.level``: the group's n, mean, sd, t interval,
    percent favorable and rwg(j) from the table; the reference's n, mean and sd (by default
    the rest of the system: all respondents with a score who are not in the group, derived
    from the table's row of all respondents and the group's row; or all respondents; or a
    named group of the level); the difference with Welch's t, df, two-sided p and interval;
    Hedges' g (exact small-sample correction J) with its normal-approximation interval; and
    p adjusted by Holm and by Benjamini-Hochberg across the groups of the subscale whose p
    is defined.
    
    A suppressed group shows nothing (n 0, NaN, status ``group_suppressed``) and is not in the
    p-adjust family; a suppressed reference gives NaN comparisons (``reference_suppressed``).
    Degenerate comparisons (n < 2 on a side, sd 0 on both) are NaN with a status;
    ``comparison_note(status)`` says why.
    
    Parameters
    ----------
    table : GroupTable
        E.g. ``analyse(...).groups``.
    options : ComparisonOptions
        ``level`` (required), ``reference`` (ComparisonReference: rest, all, group),
        ``reference_group`` (the label, when reference is group), ``confidence_level``
        (default 0.95).
    
    Returns
    -------
    GroupComparison
        Columns, one entry per subscale and group at ``[k * len(group_label) + j]``; ``arrays()``
        gives them as NumPy arrays of shape (subscales, groups), ``to_frame()`` as a tidy frame.
    
    Raises
    ------
    libls.ValidationError
        For options that do not fit the table (every issue at once: an unknown level names
        the table's levels, an unknown reference group the level's groups), or an invalid
        table.
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
def compare_waves(before: GroupTable, after: GroupTable, options: WaveOptions) -> WaveComparison:
    """
    The change of every group of one level between two waves, on every subscale.
    
    Groups are matched by label between the tables of the two waves (the union: the earlier
    wave's groups in its order, then those only in the later wave), subscales by id. For each
    subscale and group: each wave's published n, mean, sd and t interval; the change
    ``after_mean - before_mean`` with Welch's t, df, two-sided p and interval (the waves'
    respondents taken as independent samples); Hedges' g of the change (the earlier wave as
    the reference) with its normal-approximation interval; and p adjusted by Holm and by
    Benjamini-Hochberg across the compared groups of the subscale.
    
    The cohort of a subscale is its groups published in both waves: ``cohort_size``, how many
    ``increased`` or ``decreased`` with Holm p below ``options.alpha``, ``no_clear_change``,
    and its pooled n and mean in each wave with ``cohort_change``.
    
    A group suppressed in either wave shows no change and nothing of the wave it is suppressed
    in (its other wave's published numbers are shown); it is neither in the p-adjust family
    nor in the cohort. ``status`` (WaveStatus) says why a change is missing: only in one wave
    (``only_before``, ``only_after``), suppressed (``suppressed_before``, ``suppressed_after``,
    ``suppressed_both``) or ``degenerate`` (the reason in ``test_status``);
    ``wave_note(status, test_status)`` says it in words. Benchmarks are not compared yet.
    
    Parameters
    ----------
    before, after : GroupTable
        The earlier and the later wave, e.g. ``analyse(...).groups`` of each.
    options : WaveOptions
        ``level`` (required; a level of both tables), ``confidence_level`` (default 0.95),
        ``alpha`` (default 0.05, for the cohort's counts).
    
    Returns
    -------
    WaveComparison
        Columns, one entry per subscale and group at ``[k * len(group_label) + j]``, and the
        cohort's per subscale; ``arrays()`` gives them as NumPy arrays, ``to_frame()`` a tidy
        frame.
    
    Raises
    ------
    libls.ValidationError
        For options that do not fit the tables or subscale ids that differ between the waves
        (every issue at once, each with its path), or an invalid table.
    """
def comparison_note(status: ComparisonStatus) -> str:
    """
    Why the statistics of a comparison with this status are NaN ("" for compared).
    
    Parameters
    ----------
    status : ComparisonStatus
    
    Returns
    -------
    str
    """
def complement_summary(whole: Summary, part: Summary) -> Summary:
    """
    The summary of the values of `whole` that are not in `part`, from the summaries alone.
    
    n = n_W - n_P, mean = m_W + n_P (m_W - m_P) / n, and the sum of squared deviations from
    the combined-variance identity: SS_W - SS_P - n_P n_W (m_P - m_W)² / n.
    
    Parameters
    ----------
    whole, part : Summary
        count, mean and standard_deviation are read.
    
    Returns
    -------
    Summary
        count, mean and standard deviation (NaN for fewer than two values; mean NaN when
        empty); minimum and maximum NaN (unknown).
    
    Raises
    ------
    libls.Error
        When the part has more values than the whole.
    """
def cronbach_alpha(codes: numpy.ndarray, codings: collections.abc.Sequence[ItemCoding], policy: DeletionPolicy | str = ..., items: collections.abc.Sequence[str] | None = None, confidence: typing.SupportsFloat | typing.SupportsIndex = 0.95, threads: typing.SupportsInt | typing.SupportsIndex = 0) -> Reliability:
    """
    Cronbach's alpha of the items (columns) of ``codes``, as psych::alpha computes it.
    
    Parameters
    ----------
    codes : numpy.ndarray
        int8 answer codes, shape (rows, items), missing = -128. A Fortran-order array is read
        in place; a C-order array is copied first. Other dtypes raise TypeError.
    codings : list[ItemCoding]
        One per column (``codings_for`` or ``item_coding``): reverse keys and the
        non-substantive policy are applied through them.
    policy : DeletionPolicy or str
        "pairwise" (default, psych's default): each covariance over the rows where both items
        are scored; "listwise": only rows where every item is scored.
    items : list[str], optional
        Item ids, one per column (default "0", "1", ...), used in the result and messages.
    confidence : float
        Level of the Feldt interval (default 0.95).
    threads : int
        Threads to use (0: one per core). The result does not depend on it.
    
    Returns
    -------
    Reliability
        alpha, std_alpha, average_r, feldt_lower/feldt_upper, n (psych's n for the interval:
        every row under pairwise deletion, the complete rows under listwise), one AlphaItem
        per column (alpha if dropped, item-rest correlation, negative flag), the ids of items
        that correlate negatively with the rest (reverse_candidates), and issues saying why a
        value is NaN or what looks wrong.
    """
def cronbach_alpha_from_covariance(covariance: ItemCovariance, items: collections.abc.Sequence[str] | None = None, confidence: typing.SupportsFloat | typing.SupportsIndex = 0.95) -> Reliability:
    """
    Cronbach's alpha from a covariance matrix (e.g. merged partial results).
    
    Parameters
    ----------
    covariance : ItemCovariance
        From ``item_covariances`` or an accumulator's ``result()``.
    items : list[str], optional
        Item ids, one per item.
    confidence : float
        Level of the Feldt interval (default 0.95).
    
    Returns
    -------
    Reliability
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
def decompose_variance(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], levels: collections.abc.Sequence) -> VarianceDecomposition:
    """
    Variance components of a value between the groups of nested levels.
    
    The analysis-of-variance estimator of a nested random-effects model for unbalanced data:
    how much of the variance of ``values`` lies between districts, between schools within
    districts, ... and within the lowest groups; each level's share, intraclass correlation
    (the share at it and above) and design effect 1 + (N / groups - 1) ICC.
    
    Parameters
    ----------
    values : array_like
        One value per row (e.g. a subscale score); NaN = missing. A contiguous float64 array
        is read in place; anything else is copied to one.
    levels : list[tuple[str, numpy.ndarray, list[str] | int]]
        The levels top down, as ``analyse`` takes them: (name, per-row group indices with
        -1 = none, the labels or the number of groups). Rows without a group at some level are left
        out and counted.
    
    Returns
    -------
    VarianceDecomposition
        ``components``: one VarianceComponent per level, then "within"; ``notes`` say why a
        number is NaN or that a negative estimate was taken as 0.
    
    Raises
    ------
    libls.Error
        No levels, codes of the wrong length, levels that do not nest, an infinite value.
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
def disclosure_violations(parents: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], n: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], status: collections.abc.Sequence[SuppressionReason], min_size: typing.SupportsInt | typing.SupportsIndex = 5) -> list[int]:
    """
    The groups a suppression leaves open to disclosure (the check ``suppress_groups`` repeats).
    
    For a suppression adjusted by hand: empty when no suppressed group's numbers can be worked
    out from the published ones (and no published group is below the minimum size).
    
    Parameters
    ----------
    parents : list[int]
        The parent of each node, as for ``suppress_groups``.
    n : list[int]
        Respondents of each node.
    status : list[SuppressionReason]
        The suppression to check, one per node.
    min_size : int
    
    Returns
    -------
    list[int]
        The nodes that break a condition, in node order.
    
    Raises
    ------
    libls.Error
        A malformed tree, ``min_size`` 0, or lists of different lengths.
    """
def hedges_correction(df: typing.SupportsFloat | typing.SupportsIndex) -> float:
    """
    The exact small-sample correction J(df) = Γ(df/2) / (sqrt(df/2) Γ((df-1)/2)) of Hedges' g.
    
    Parameters
    ----------
    df : float
        n1 + n2 - 2; greater than 1 (NaN otherwise).
    
    Returns
    -------
    float
    """
def hedges_g(group: Summary, reference: Summary, confidence_level: typing.SupportsFloat | typing.SupportsIndex = 0.95) -> HedgesGResult:
    """
    Hedges' g of group - reference, with its normal-approximation interval.
    
    g = J(n1 + n2 - 2) (m1 - m2) / s_p with s_p the pooled sd and J the exact correction
    Γ(m/2) / (sqrt(m/2) Γ((m-1)/2)) (Hedges 1981; Hedges & Olkin 1985). Interval:
    g ± z sqrt((n1 + n2)/(n1 n2) + g²/(2 (n1 + n2))).
    
    Parameters
    ----------
    group, reference : Summary
    confidence_level : float
        In (0, 1).
    
    Returns
    -------
    HedgesGResult
        g, cohens_d, correction (J), pooled_standard_deviation, ci_lower, ci_upper; NaN with
        a ``status`` in the degenerate cases of ``welch_test``.
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
def icc(values: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], groups: numpy.ndarray, *, threads: typing.SupportsInt | typing.SupportsIndex = 0) -> IccResult:
    """
    ICC(1) and ICC(2) from a one-way ANOVA of ``values`` by group (multilevel::ICC1, ICC2).
    
    Parameters
    ----------
    values : array_like
        One value per row (an item, a subscale score); NaN = missing. A contiguous float64
        array is read in place; anything else is copied to one.
    groups : numpy.ndarray
        One group index per row, -1 = no group (int32 read in place, other integers copied).
    threads : int
        0 = one per core. The result does not depend on it.
    
    Returns
    -------
    IccResult
        The ANOVA table (df, sums of squares, mean squares, F), the mean group size N / G,
        icc1 and icc2, and a status for each (NaN with a reason when undefined: no values,
        a single group, one value per group, no variance, equal group means).
    """
def icc_items(codes: numpy.ndarray, codings: collections.abc.Sequence[ItemCoding], groups: numpy.ndarray, *, threads: typing.SupportsInt | typing.SupportsIndex = 0) -> list[IccResult]:
    """
    ICC(1) and ICC(2) of every item (column) of ``codes`` by group.
    
    Parameters
    ----------
    codes : numpy.ndarray
        Answer codes, int8, shape (rows, items) (a C-order array is copied first).
    codings : list[ItemCoding]
        One per column.
    groups : numpy.ndarray
        One group index per row, -1 = no group.
    threads : int
        0 = one per core.
    
    Returns
    -------
    list[IccResult]
        One per column; each item's missing answers are left out on their own.
    """
def integer_scale(lo: typing.SupportsInt | typing.SupportsIndex, hi: typing.SupportsInt | typing.SupportsIndex) -> ResponseScale:
    """
    A response scale of the whole numbers lo..hi (each its own code): for plain numeric data.
    """
def is_stable_id(text: str) -> bool:
    """
    Whether ``text`` is a stable id, the form every id in libls takes.
    
    Parameters
    ----------
    text : str
    
    Returns
    -------
    bool
        True for lower-case ASCII letters, digits and "_" in dot-separated parts that each
        start with a letter, e.g. ``"learning_communities.collective_responsibility"``.
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
def item_covariances(codes: numpy.ndarray, codings: collections.abc.Sequence[ItemCoding], policy: DeletionPolicy | str = ..., threads: typing.SupportsInt | typing.SupportsIndex = 0) -> ItemCovariance:
    """
    The sample covariance matrix of the items, as R's cov() computes it.
    
    Parameters
    ----------
    codes : numpy.ndarray
        int8 answer codes, shape (rows, items), missing = -128. A Fortran-order array is read
        in place; a C-order array is copied first. Other dtypes raise TypeError.
    codings : list[ItemCoding]
        One per column (``codings_for`` or ``item_coding``): reverse keys and the
        non-substantive policy are applied through them.
    policy : DeletionPolicy or str
        "pairwise" (R: use = "pairwise.complete.obs") or "listwise" (R: na.omit).
    threads : int
        Threads to use (0: one per core). The result does not depend on it.
    
    Returns
    -------
    ItemCovariance
        Matrices as flat row-major lists (entry (i, j) at i * items + j): counts, means
        (of item i over the rows of the pair), covariances (NaN below 2 rows).
    """
@typing.overload
def item_distributions(codes: numpy.ndarray, plan: ScoringPlan, threads: typing.SupportsInt | typing.SupportsIndex = 0, chunk_rows: typing.SupportsInt | typing.SupportsIndex = 65536) -> list[ItemDistribution]:
    """
    How often each code occurs in each column.
    
    Parameters
    ----------
    codes : numpy.ndarray
        Answer codes, int8, shape (rows, items), missing = -128. Read in place when in Fortran
        order; a C-order array is copied first. Other dtypes raise TypeError.
    plan : ScoringPlan
    threads, chunk_rows : int
    
    Returns
    -------
    list[ItemDistribution]
        Per column: every option of its scale in code order (zero counts included), then every
        code that is not an option (never dropped); counts of missing, substantive,
        non-substantive and invalid answers.
    """
@typing.overload
def item_distributions(codes: numpy.ndarray, codings: collections.abc.Sequence[ItemCoding], items: collections.abc.Sequence[str], threads: typing.SupportsInt | typing.SupportsIndex = 0, chunk_rows: typing.SupportsInt | typing.SupportsIndex = 65536) -> list[ItemDistribution]:
    """
    As above, from one ItemCoding per column and the column names (labels stay empty).
    """
@typing.overload
def item_distributions(codes: numpy.ndarray, instrument: Instrument, items: collections.abc.Sequence[str], options: ScoringOptions = ..., threads: typing.SupportsInt | typing.SupportsIndex = 0, chunk_rows: typing.SupportsInt | typing.SupportsIndex = 65536) -> list[ItemDistribution]:
    """
    As above, from the instrument and the item id of each column.
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
def krippendorff_alpha(ratings: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], metric: KrippendorffMetric) -> KrippendorffResult:
    """
    Krippendorff's alpha of units rated by coders, some ratings missing.
    
    Parameters
    ----------
    ratings : array_like
        Shape (units, coders), NaN where a coder gave no rating (note: the ``krippendorff``
        package wants the transpose). A C-order float64 array is read in place; anything
        else is copied to one.
    metric : KrippendorffMetric
        nominal, ordinal, interval or ratio (values >= 0).
    
    Returns
    -------
    KrippendorffResult
        alpha, the observed and expected disagreement, the units and pairable values; NaN
        with a status when no unit has two ratings or every rating is the same.
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
def p_adjust_bh(p: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.float64]:
    """
    Benjamini-Hochberg (1995) adjusted p-values, exactly as R's ``p.adjust(p, "BH")``.
    
    Parameters
    ----------
    p : array_like
        One-dimensional p-values in [0, 1]; NaN stays NaN and is not counted. A contiguous
        float64 array is read in place; anything else is first copied to one.
    
    Returns
    -------
    numpy.ndarray
        In the order of ``p``.
    """
def p_adjust_holm(p: typing.Annotated[numpy.typing.ArrayLike, numpy.float64]) -> numpy.typing.NDArray[numpy.float64]:
    """
    Holm's (1979) step-down adjusted p-values, exactly as R's ``p.adjust(p, "holm")``.
    
    Parameters
    ----------
    p : array_like
        One-dimensional p-values in [0, 1]; NaN stays NaN and is not counted. A contiguous
        float64 array is read in place; anything else is first copied to one.
    
    Returns
    -------
    numpy.ndarray
        In the order of ``p``.
    """
@typing.overload
def percent_favorable(codes: numpy.ndarray, plan: ScoringPlan, threads: typing.SupportsInt | typing.SupportsIndex = 0, chunk_rows: typing.SupportsInt | typing.SupportsIndex = 65536) -> FavorabilityReport:
    """
    Percent favorable per item and per subscale.
    
    Per item: 100 * favorable / scored answers ("no opinion" is out of the denominator unless
    the policy scores it). Per subscale: pooled over all answers to its items (sum of
    favorable over sum of scored), the way Panorama-style reports compute a topic. NaN with a
    note when nothing is scored or no option is favorable.
    
    Parameters
    ----------
    codes : numpy.ndarray
        Answer codes, int8, shape (rows, items), missing = -128. Read in place when in Fortran
        order; a C-order array is copied first. Other dtypes raise TypeError.
    plan : ScoringPlan
    threads, chunk_rows : int
    
    Returns
    -------
    FavorabilityReport
    """
@typing.overload
def percent_favorable(codes: numpy.ndarray, codings: collections.abc.Sequence[ItemCoding], items: collections.abc.Sequence[str], threads: typing.SupportsInt | typing.SupportsIndex = 0, chunk_rows: typing.SupportsInt | typing.SupportsIndex = 65536) -> FavorabilityReport:
    """
    As above, per item only, from one ItemCoding per column and the column names.
    """
@typing.overload
def percent_favorable(codes: numpy.ndarray, instrument: Instrument, items: collections.abc.Sequence[str], options: ScoringOptions = ..., threads: typing.SupportsInt | typing.SupportsIndex = 0, chunk_rows: typing.SupportsInt | typing.SupportsIndex = 65536) -> FavorabilityReport:
    """
    As above, from the instrument and the item id of each column.
    """
@typing.overload
def scoring_plan(instrument: Instrument, items: collections.abc.Sequence[str], options: ScoringOptions = ...) -> ScoringPlan:
    """
    The scoring plan for data whose columns answer ``items`` of ``instrument``.
    
    Every subscale of the instrument is scored. Reverse keys come from the items; the
    non-substantive policy and the pro-rating default (half the items, rounded up, unless the
    subscale sets ``min_answered``) from ``options``.
    
    Parameters
    ----------
    instrument : Instrument
        Validated first: libls.ValidationError when it breaks a rule.
    items : list[str]
        The item id of each data column, in column order.
    options : ScoringOptions
    
    Returns
    -------
    ScoringPlan
        Raises libls.Error for a column that is not a rated item, a column named twice, or a
        subscale item without a column.
    """
@typing.overload
def scoring_plan(items: collections.abc.Sequence[str], codings: collections.abc.Sequence[ItemCoding], subscales: collections.abc.Sequence[Subscale], options: ScoringOptions = ...) -> ScoringPlan:
    """
    A scoring plan from bare codings (one per column) and subscales naming columns.
    
    Parameters
    ----------
    items : list[str]
        The name of each column.
    codings : list[ItemCoding]
        One per column, e.g. ``item_coding(integer_scale(1, 5))``; their policy is kept.
    subscales : list[Subscale]
        Their ``items`` name columns.
    options : ScoringOptions
        Only ``min_answered_fraction`` is used.
    
    Returns
    -------
    ScoringPlan
    """
def set_simd_level(level: SimdLevel) -> SimdLevel:
    """
    Use a vector instruction level (clamped to the supported one); returns the level
    in use. Every level gives the same numbers; this is for benchmarks and tests.
    
    Parameters
    ----------
    level : SimdLevel
    
    Returns
    -------
    SimdLevel
    """
def student_t_quantile(p: typing.SupportsFloat | typing.SupportsIndex, df: typing.SupportsFloat | typing.SupportsIndex) -> float:
    """
    The p-quantile of Student's t distribution with df degrees of freedom (Boost.Math).
    
    Parameters
    ----------
    p : float
        In (0, 1).
    df : float
        Degrees of freedom, > 0 (need not be whole).
    
    Returns
    -------
    float
    
    Raises
    ------
    libls.Error
        ``p`` or ``df`` out of range.
    """
@typing.overload
def subscale_scores(codes: numpy.ndarray, plan: ScoringPlan, threads: typing.SupportsInt | typing.SupportsIndex = 0, chunk_rows: typing.SupportsInt | typing.SupportsIndex = 65536) -> tuple:
    """
    Respondent subscale scores and a report of what was counted.
    
    A score is the mean of the respondent's scored answers to the subscale's items, or NaN
    with fewer scored answers than the subscale's minimum. "No opinion" answers are not scored
    by default; they are counted per item and per subscale in the report.
    
    Parameters
    ----------
    codes : numpy.ndarray
        Answer codes, int8, shape (rows, items), missing = -128. Read in place when in Fortran
        order; a C-order array is copied first. Other dtypes raise TypeError.
    plan : ScoringPlan
    threads : int
        0: one per core. The result does not depend on it.
    chunk_rows : int
        Rows per chunk of work.
    
    Returns
    -------
    tuple[numpy.ndarray, ScoringReport]
        The scores, float64 of shape (rows, subscales) in Fortran order (NaN = no score), and
        the report: per subscale scored / too few answers / no answers and the counts of
        missing, non-substantive and invalid answers; per item the same counts; warnings.
    """
@typing.overload
def subscale_scores(codes: numpy.ndarray, instrument: Instrument, items: collections.abc.Sequence[str], options: ScoringOptions = ..., threads: typing.SupportsInt | typing.SupportsIndex = 0, chunk_rows: typing.SupportsInt | typing.SupportsIndex = 65536) -> tuple:
    """
    As above, with the plan built from the instrument and the item id of each column.
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
def supported_simd_level() -> SimdLevel:
    """
    The best vector instruction level of this processor for the integer kernels.
    """
def suppress_groups(parents: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], n: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], min_size: typing.SupportsInt | typing.SupportsIndex = 5) -> list[SuppressionReason]:
    """
    Primary and complementary suppression on a tree of groups.
    
    Parameters
    ----------
    parents : list[int]
        The parent of each node: -1 for node 0 (all respondents) only; every other parent
        comes earlier in the list.
    n : list[int]
        Respondents of each node.
    min_size : int
    
    Returns
    -------
    list[SuppressionReason]
        ``none`` (published), ``below_minimum`` or ``complementary``.
    """
def t_confidence_interval(summary: Summary, level: typing.SupportsFloat | typing.SupportsIndex = 0.95) -> MeanConfidenceInterval:
    """
    The t confidence interval of a mean, as R's ``t.test(x)$conf.int`` gives it.
    
    mean +/- t(1 - (1 - level) / 2, n - 1) * sd / sqrt(n), with sd the sample standard
    deviation (Student 1908).
    
    Parameters
    ----------
    summary : Summary
        Count, mean and standard deviation of the values (``summarise``).
    level : float
        The confidence level, in (0, 1).
    
    Returns
    -------
    MeanConfidenceInterval
        NaN bounds with a ``note`` when there is no interval: no values, one value (no spread
        to estimate), or all values equal.
    
    Raises
    ------
    libls.Error
        ``level`` not in (0, 1).
    """
def version() -> str:
    """
    The version of the compiled C++ library.
    """
def wave_note(status: WaveStatus, test_status: ComparisonStatus = ...) -> str:
    """
    Why the change of an entry with this status is not shown ("" for compared).
    
    Parameters
    ----------
    status : WaveStatus
    test_status : ComparisonStatus
        The Welch test's status; read when status is ``degenerate``.
    
    Returns
    -------
    str
    """
def welch_test(group: Summary, reference: Summary, confidence_level: typing.SupportsFloat | typing.SupportsIndex = 0.95) -> WelchTestResult:
    """
    Welch's two-sample t test of group - reference, from two summaries.
    
    As R's ``t.test(x, y, var.equal = FALSE)``: se = sqrt(s1²/n1 + s2²/n2), t = (m1 - m2) / se,
    Welch-Satterthwaite df = se⁴ / ((s1²/n1)²/(n1 - 1) + (s2²/n2)²/(n2 - 1)), two-sided p,
    and the interval (m1 - m2) ± t(1 - (1 - level)/2, df) se.
    
    Parameters
    ----------
    group, reference : Summary
        count, mean and standard_deviation are read (e.g. ``summarise(x)``).
    confidence_level : float
        In (0, 1).
    
    Returns
    -------
    WelchTestResult
        NaN with a ``status`` when n < 2 on a side, sd 0 on both sides, or input not finite.
    """
def within_group_agreement(codes: numpy.ndarray, codings: collections.abc.Sequence[ItemCoding], groups: numpy.ndarray, *, items: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None = None, expected_variance: typing.SupportsFloat | typing.SupportsIndex | None = None, scale_minimum: typing.SupportsFloat | typing.SupportsIndex | None = None, scale_maximum: typing.SupportsFloat | typing.SupportsIndex | None = None, group_count: typing.SupportsInt | typing.SupportsIndex = 0, threads: typing.SupportsInt | typing.SupportsIndex = 0) -> AgreementResult:
    """
    rwg / rwg(j), AD (about the mean and the median) and awg of every group.
    
    Computed as R's multilevel package (rwg, rwg.j, ad.m, awg): a row with a missing answer on
    any item used, or in no group, is left out; a group with fewer than two complete rows has
    NaN and a status saying why.
    
    Parameters
    ----------
    codes : numpy.ndarray
        Answer codes, int8, shape (rows, items), missing = -128. Read in place in Fortran
        order; a C-order array is copied first. Other dtypes raise TypeError.
    codings : list[ItemCoding]
        One per column (``codings_for``, ``item_coding``).
    groups : numpy.ndarray
        One group index per row, -1 = no group (e.g. school codes). int32 is read in place;
        other integer dtypes are copied; floats raise TypeError.
    items : list[int], optional
        The columns to use (default: all). One column gives rwg, several rwg(j).
    expected_variance : float, optional
        rwg's null variance; default (A^2 - 1) / 12 for A options (all items must have the
        same number of options).
    scale_minimum, scale_maximum : float, optional
        awg's range; default the smallest and largest scored value of the codings.
    group_count : int
        List at least the groups 0 .. group_count - 1 (groups without rows get n = 0).
    threads : int
        0 = one per core. The result does not depend on it.
    
    Returns
    -------
    AgreementResult
        ``groups[g]`` is group g: n, dropped, rwg, average_deviation_mean,
        average_deviation_median, awg, and their status.
    """
__version__: str = '0.1.0'
