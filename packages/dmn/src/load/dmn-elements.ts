/**
 * TypeScript shapes of the dmn-moddle objects this engine reads. dmn-moddle returns untyped objects;
 * these interfaces document what we rely on and are applied once, where the XML is parsed.
 * Collections (isMany) may be missing when empty, hence the optional arrays.
 */
export interface DmnNode {
  $type: string;
  id?: string;
  name?: string;
  label?: string;
}

export interface ElementRef {
  href: string;
}

export interface InformationItem extends DmnNode {
  name: string;
  typeRef?: string;
}

export interface UnaryTestsNode extends DmnNode {
  text?: string;
  expressionLanguage?: string;
}

export interface ExpressionNode extends DmnNode {
  typeRef?: string;
}

export interface LiteralExpressionNode extends ExpressionNode {
  $type: 'dmn:LiteralExpression';
  text?: string;
  expressionLanguage?: string;
}

export interface ContextEntryNode extends DmnNode {
  variable?: InformationItem;
  value?: ExpressionNode;
}

export interface ContextNode extends ExpressionNode {
  contextEntry?: ContextEntryNode[];
}

export interface ListNode extends ExpressionNode {
  elements?: ExpressionNode[];
}

export interface RelationNode extends ExpressionNode {
  column?: InformationItem[];
  row?: ListNode[];
}

export interface BindingNode {
  parameter: InformationItem;
  bindingFormula?: ExpressionNode;
}

export interface InvocationNode extends ExpressionNode {
  calledFunction?: ExpressionNode;
  binding?: BindingNode[];
}

export interface FunctionDefinitionNode extends ExpressionNode {
  formalParameter?: InformationItem[];
  body?: ExpressionNode;
  kind?: 'FEEL' | 'Java' | 'PMML';
}

export interface ChildExpressionNode {
  value?: ExpressionNode;
  typeRef?: string;
}

export interface ConditionalNode extends ExpressionNode {
  if?: ChildExpressionNode;
  then?: ChildExpressionNode;
  else?: ChildExpressionNode;
}

export interface FilterNode extends ExpressionNode {
  in?: ChildExpressionNode;
  match?: ChildExpressionNode;
}

export interface IteratorNode extends ExpressionNode {
  iteratorVariable?: string;
  in?: ChildExpressionNode;
  return?: ChildExpressionNode;
  satisfies?: ChildExpressionNode;
}

export interface InputClauseNode extends DmnNode {
  inputExpression?: LiteralExpressionNode;
  inputValues?: UnaryTestsNode;
}

export interface OutputClauseNode extends DmnNode {
  name?: string;
  typeRef?: string;
  outputValues?: UnaryTestsNode;
  defaultOutputEntry?: LiteralExpressionNode;
}

export interface RuleAnnotationNode {
  text?: string;
}

export interface DecisionRuleNode extends DmnNode {
  inputEntry?: UnaryTestsNode[];
  outputEntry?: LiteralExpressionNode[];
  annotationEntry?: RuleAnnotationNode[];
}

export interface DecisionTableNode extends ExpressionNode {
  input?: InputClauseNode[];
  output?: OutputClauseNode[];
  annotation?: DmnNode[];
  rule?: DecisionRuleNode[];
  hitPolicy?: string;
  aggregation?: string;
  outputLabel?: string;
}

export interface ItemDefinitionNode extends DmnNode {
  name: string;
  typeRef?: string;
  typeLanguage?: string;
  isCollection?: boolean;
  allowedValues?: UnaryTestsNode;
  typeConstraint?: UnaryTestsNode;
  itemComponent?: ItemDefinitionNode[];
  functionItem?: { outputTypeRef?: string; parameters?: InformationItem[] };
}

export interface RequirementNode {
  requiredDecision?: ElementRef;
  requiredInput?: ElementRef;
  requiredKnowledge?: ElementRef;
}

export interface DrgElementNode extends DmnNode {
  name: string;
  variable?: InformationItem;
  informationRequirement?: RequirementNode[];
  knowledgeRequirement?: RequirementNode[];
  decisionLogic?: ExpressionNode;
  encapsulatedLogic?: FunctionDefinitionNode;
  outputDecision?: ElementRef[];
  encapsulatedDecision?: ElementRef[];
  inputDecision?: ElementRef[];
  inputData?: ElementRef[];
}

export interface ImportNode extends DmnNode {
  name: string;
  namespace: string;
  importType?: string;
  locationURI?: string;
}

export interface DefinitionsNode extends DmnNode {
  name: string;
  namespace: string;
  import?: ImportNode[];
  itemDefinition?: ItemDefinitionNode[];
  drgElement?: DrgElementNode[];
}
