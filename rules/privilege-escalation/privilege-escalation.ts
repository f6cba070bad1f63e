import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { actionMatches, type ActionGrant } from '../../src/actions/glob.js';
import { unconditionalDenyOn } from '../../src/actions/deny.js';
import { parseArn } from '../../src/arn/parse.js';
import { coversAllRoles, coversEveryResource } from '../../src/arn/roles.js';
import { conditionEntries, isObject, statementMatches, type ConditionEntry, type NormalizedStatement } from '../../src/engine/normalize.js';
import { falseWhenKeyMissing, limitsToValues, limitsToValuesIn, parseOperator } from '../../src/conditions/operator.js';
import { onlyThroughServices } from '../../src/conditions/called-via.js';
import { policyValueMatches } from '../../src/conditions/value-match.js';
import { hasVariable, keyIs } from '../../src/conditions/values.js';
import { IAM_REQUEST_REGIONS, partitionsNamed } from '../../src/iam/global-services.js';
import { globMatches, hasWildcard } from '../../src/iam/glob.js';
import { userScopeOf } from '../../src/iam/mfa-policy.js';
import { actionResourceTypeNames } from '../../src/iam/actions-db.js';
import { neverInRequests } from '../../src/iam/condition-keys.js';
import { resourceType } from '../../src/iam/database.js';
import { arnFormatTokens, arnPatternTokens, patternsIntersect, splitArnFormats, type Token } from '../../src/iam/resources.js';
import { andList, quoted } from '../../src/words.js';
import { leadingCharactersTest, literalNamesPattern } from '../../src/actions/literal-names.js';

/** An action that escalates on its own when it is allowed on every resource of its kind. */
interface DirectPath {
  action: string;
  /** The action's service, whose condition keys may scope it. */
  service: string;
  /** The service field of the resources' ARNs, when it is not the action's (`ec2` instances for `ssm:SendCommand`). */
  arnService?: string;
  /** The resource part that stands for every resource of the kind: `user/*`, `function:*`. */
  resource: string;
  global?: boolean;
  /** The kind in the plural, for "allow it only on the … it must manage". */
  kinds: string;
  /** What the principal can then do. */
  effect: string;
  /** For user paths: what each user can do when it is allowed on their own user (`user/${aws:username}`). */
  selfEffect?: string;
  /** What else the statement must allow for the path to be open (the SSM document a command runs). */
  alsoNeeds?: (statement: NormalizedStatement) => boolean;
  /** Actions of the same service the policy must also allow on every resource of the kind for the path to be open. */
  with?: readonly string[];
  /**
   * Actions of the same service that act on another kind of resource, which the policy must also allow on some
   * resource of that kind (`kind` the start of its resource part: `application:`): `codedeploy:CreateDeployment`
   * needs `codedeploy:RegisterApplicationRevision` on the application of the deployment group, not on every one.
   */
  withOther?: ReadonlyArray<{ action: string; kind: string }>;
  /**
   * Condition keys (lower case; a prefix when it ends with `/`) of another service that also pin the resources,
   * beside the action's own service's keys and `aws:ResourceTag/…`: `ec2:ResourceTag/…` for EC2 Instance Connect,
   * whose own service has no condition key.
   */
  scopedBy?: readonly string[];
}

/**
 * Whether a statement's resources let a request use one of the named SSM documents: an entry that matches
 * it ("*", `document/*`, `document/AWS-RunShellScript`); or, when `noneMeansDefault`, no entry that can be an
 * SSM document at all (a session then opens the default shell). NotResource is taken to leave them open.
 */
function reachesSsmDocument(statement: NormalizedStatement, names: readonly string[], noneMeansDefault: boolean): boolean {
  if (!Array.isArray(statement.Resource)) return Array.isArray(statement.NotResource);
  let anyDocument = false;
  for (const entry of statement.Resource) {
    if (typeof entry !== 'string') continue;
    if (entry === '*') return true;
    const arn = parseArn(entry);
    if (!arn || !globMatches(arn.service.value, 'ssm', { caseSensitive: true })) continue;
    // Can the resource part be a document's (`document/…`)? Its text before any wildcard must agree with that.
    const head = arn.resource.value.split(/[*?]/)[0];
    if (!'document/'.startsWith(head) && !head.startsWith('document/')) continue;
    anyDocument = true;
    if (names.some((name) => globMatches(arn.resource.value, `document/${name}`, { caseSensitive: true }))) return true;
  }
  return !anyDocument && noneMeansDefault;
}

/**
 * A test of a statement: can its Resource name a resource of the service whose resource part starts with
 * `prefix` (`*`, `cluster/*`, one cluster), or does its NotResource leave one open? For the other resource an
 * action requires (ecs:ExecuteCommand the cluster as well as the task, batch:SubmitJob a job queue).
 */
function reachesKind(service: string, prefix: string): (statement: NormalizedStatement) => boolean {
  const names = namesKind(service, prefix);
  return (statement) => {
    if (!Array.isArray(statement.Resource)) return Array.isArray(statement.NotResource);
    return statement.Resource.some((entry) => typeof entry === 'string' && names(entry));
  };
}

/** A test of a Resource entry: can it name a resource of the service whose resource part starts with `prefix`? */
function namesKind(service: string, prefix: string): (pattern: string) => boolean {
  return (pattern) => {
    if (pattern === '*') return true;
    const arn = parseArn(pattern);
    if (!arn || !globMatches(arn.service.value, service, { caseSensitive: true })) return false;
    const head = arn.resource.value.split(/[*?]/)[0];
    return prefix.startsWith(head) || head.startsWith(prefix);
  };
}

const iam = (action: string, resource: string, kinds: string, effect: string): DirectPath =>
  ({ action: `iam:${action}`, service: 'iam', resource, global: true, kinds, effect });

/**
 * A test of whether a Resource entry covers every resource of a kind (coversEveryResource), remembered by
 * entry: the AWS managed policies repeat the same few (`"*"`, `arn:aws:iam::*:role/*`), and each policy that
 * opens a path asks for every path and every statement. An entry that ends in neither `*` nor `?` covers no
 * kind (the kind's resource part, `role/*`, ends with a `*` that a literal last character cannot cover): it
 * is answered without a look-up, as most entries are (`arn:aws:iam::*:role/my-role`).
 */
function rememberCoverage(test: (pattern: string) => boolean): (pattern: string) => boolean {
  const known = new Map<string, boolean>();
  return (pattern) => {
    const last = pattern.charCodeAt(pattern.length - 1);
    if (last !== 0x2a && last !== 0x3f) return false;
    let result = known.get(pattern);
    if (result === undefined) {
      result = test(pattern);
      if (known.size >= 5000) known.clear();
      known.set(pattern, result);
    }
    return result;
  };
}

const coversEveryRole = rememberCoverage(coversAllRoles);

/** Rhino Security Labs' single-action methods (as Parliament lists them), less the credential ones self-service-resource-scope reports. */
const DIRECT: readonly DirectPath[] = [
  iam('CreatePolicyVersion', 'policy/*', 'policies', 'rewrite any customer managed policy, including one attached to itself'),
  iam('SetDefaultPolicyVersion', 'policy/*', 'policies', 'switch any customer managed policy, including one attached to itself, to another of its versions'),
  { ...iam('AttachUserPolicy', 'user/*', 'users', 'attach any managed policy, AdministratorAccess included, to any user'),
    selfEffect: 'attach any managed policy, AdministratorAccess included, to their own user' },
  iam('AttachGroupPolicy', 'group/*', 'groups', 'attach any managed policy, AdministratorAccess included, to any group'),
  iam('AttachRolePolicy', 'role/*', 'roles', 'attach any managed policy, AdministratorAccess included, to any role'),
  { ...iam('PutUserPolicy', 'user/*', 'users', 'write an inline policy that allows anything into any user'),
    selfEffect: 'write an inline policy that allows anything into their own user' },
  iam('PutGroupPolicy', 'group/*', 'groups', 'write an inline policy that allows anything into any group'),
  iam('PutRolePolicy', 'role/*', 'roles', 'write an inline policy that allows anything into any role'),
  iam('AddUserToGroup', 'group/*', 'groups', 'add any user to any group, an administrators group included'),
  iam('UpdateAssumeRolePolicy', 'role/*', 'roles', 'rewrite the trust policy of any role to trust itself, the first step to assuming that role'),
  { action: 'glue:UpdateDevEndpoint', service: 'glue', resource: 'devEndpoint/*', kinds: 'development endpoints',
    effect: 'add its own SSH key to any Glue development endpoint and act with the endpoint\'s role' },
  { action: 'lambda:UpdateFunctionCode', service: 'lambda', resource: 'function:*', kinds: 'functions',
    effect: 'replace the code of any Lambda function and act with the function\'s execution role' },
  // The AWS Lambda Developer Guide ("Modifying the runtime environment"): NODE_OPTIONS and JAVA_TOOL_OPTIONS are
  // "configuration-only ways to enable code to be pre-loaded during function initialization", and
  // AWS_LAMBDA_EXEC_WRAPPER names a wrapper script that Lambda starts the runtime with; a layer (loaded into
  // /opt, on the runtime's paths) brings the code. The call sets both, and the code runs with the function's role.
  { action: 'lambda:UpdateFunctionConfiguration', service: 'lambda', resource: 'function:*', kinds: 'functions',
    effect: 'add a layer it controls to any Lambda function, or set the environment variables NODE_OPTIONS, JAVA_TOOL_OPTIONS or AWS_LAMBDA_EXEC_WRAPPER that make the runtime load its code at start, code that then runs with the function\'s execution role' },
  // Without a role given, CloudFormation updates a stack with the service role it already has.
  { action: 'cloudformation:UpdateStack', service: 'cloudformation', resource: 'stack/*', kinds: 'stacks',
    effect: 'change the template of any CloudFormation stack, which then acts with the stack\'s service role' },
  // A command runs a document, and IAM authorizes the document too: only a shell document (or every document)
  // lets the principal run what it likes. A session without a document named opens the default shell.
  { action: 'ssm:SendCommand', service: 'ssm', arnService: 'ec2', resource: 'instance/*', kinds: 'instances',
    effect: 'run commands on any EC2 instance that Systems Manager manages and act with the instance\'s role',
    alsoNeeds: (statement) => reachesSsmDocument(statement, ['AWS-RunShellScript', 'AWS-RunPowerShellScript'], false) },
  { action: 'ssm:StartSession', service: 'ssm', arnService: 'ec2', resource: 'instance/*', kinds: 'instances',
    effect: 'open a shell on any EC2 instance that Systems Manager manages and act with the instance\'s role',
    alsoNeeds: (statement) => reachesSsmDocument(statement, ['SSM-SessionManagerRunShell'], true) },
  // BishopFox iam-vulnerable (privesc-sageMakerCreatePresignedNotebookURL) and pathfinding.cloud:
  // the URL opens the notebook's Jupyter terminal, which acts with the notebook instance's execution role.
  { action: 'sagemaker:CreatePresignedNotebookInstanceUrl', service: 'sagemaker', resource: 'notebook-instance/*', kinds: 'notebook instances',
    effect: 'open the Jupyter terminal of any SageMaker notebook instance and act with the instance\'s execution role' },
  // pathfinding.cloud codebuild-002, codebuild-003: a build started with a buildspec override runs the caller's
  // commands with the project's service role.
  { action: 'codebuild:StartBuild', service: 'codebuild', resource: 'project/*', kinds: 'projects',
    effect: 'start a build of any CodeBuild project with a buildspec of its own, whose commands run with the project\'s service role' },
  { action: 'codebuild:StartBuildBatch', service: 'codebuild', resource: 'project/*', kinds: 'projects',
    effect: 'start a batch build of any CodeBuild project with a buildspec of its own, whose commands run with the project\'s service role' },
  // pathfinding.cloud cloudformation-005: a change set without a role given runs with the stack's service role.
  { action: 'cloudformation:CreateChangeSet', service: 'cloudformation', resource: 'stack/*', kinds: 'stacks', with: ['cloudformation:ExecuteChangeSet'],
    effect: 'change the template of any CloudFormation stack through a change set it then executes (cloudformation:ExecuteChangeSet), and the stack acts with its service role' },
  // pathfinding.cloud ec2-005: the new default version of a launch template names any instance profile and user
  // data of its own; the instances an Auto Scaling group or a fleet launches from it then run that as the role.
  { action: 'ec2:CreateLaunchTemplateVersion', service: 'ec2', resource: 'launch-template/*', kinds: 'launch templates', with: ['ec2:ModifyLaunchTemplate'],
    effect: 'write a version of any launch template with user data of its own and make it the default (ec2:ModifyLaunchTemplate), so that the instances launched from it run that code with their role' },
  // pathfinding.cloud ec2-002: the user data of a stopped instance is replaced, and the instance runs it at its
  // next start, with its instance profile's role.
  { action: 'ec2:ModifyInstanceAttribute', service: 'ec2', resource: 'instance/*', kinds: 'instances', with: ['ec2:StopInstances', 'ec2:StartInstances'],
    effect: 'stop any EC2 instance, replace its user data and start it again (ec2:StopInstances, ec2:StartInstances), so that it runs the principal\'s code with the instance\'s role' },
  // pathfinding.cloud ec2-003: the key pushed lets the caller log in over SSH for 60 seconds, and the instance's
  // metadata service gives the instance profile role's credentials. `ec2:osuser` picks the OS user, not the
  // instance: it does not close the path; a resource tag (`ec2:ResourceTag/…` too) does.
  { action: 'ec2-instance-connect:SendSSHPublicKey', service: 'ec2-instance-connect', arnService: 'ec2', resource: 'instance/*', kinds: 'instances',
    scopedBy: ['ec2:resourcetag/'],
    effect: 'push an SSH key to any EC2 instance, log in to it and act with the instance\'s role' },
  // pathfinding.cloud ecs-006: ECS Exec opens a shell in a running task's container, where the task role's
  // credentials are one request away; the CLI reads the container's runtime ID with ecs:DescribeTasks first.
  // The call also requires the cluster.
  { action: 'ecs:ExecuteCommand', service: 'ecs', resource: 'task/*', kinds: 'tasks', with: ['ecs:DescribeTasks'],
    alsoNeeds: reachesKind('ecs', 'cluster/'),
    effect: 'open a shell in any running ECS task that has ECS Exec enabled (found with ecs:DescribeTasks) and act with the task\'s role' },
  // pathfinding.cloud batch-002: a job submitted with a command override runs the caller's command in the job
  // definition's container, as the job definition's job role. The call also requires a job queue.
  { action: 'batch:SubmitJob', service: 'batch', resource: 'job-definition/*', kinds: 'job definitions',
    alsoNeeds: reachesKind('batch', 'job-queue/'),
    effect: 'submit a job of any AWS Batch job definition with a command of its own, which runs with the job definition\'s job role' },
  // pathfinding.cloud bedrock-002: code run in a session of an existing custom Bedrock AgentCore code interpreter
  // reads the interpreter's execution role credentials from its microVM's metadata service (no iam:PassRole).
  { action: 'bedrock-agentcore:StartCodeInterpreterSession', service: 'bedrock-agentcore', resource: 'code-interpreter-custom/*',
    kinds: 'code interpreters', with: ['bedrock-agentcore:InvokeCodeInterpreter'],
    effect: 'run code of its own in any custom Bedrock AgentCore code interpreter (bedrock-agentcore:InvokeCodeInterpreter), code that acts with the interpreter\'s execution role' },
  // pathfinding.cloud apprunner-002: the updated service redeploys with a start command or image of the caller's,
  // which runs with the instance role the service already has (no iam:PassRole needed).
  { action: 'apprunner:UpdateService', service: 'apprunner', resource: 'service/*', kinds: 'services',
    effect: 'give any App Runner service a start command or image of its own, which runs with the service\'s instance role' },
  // pathfinding.cloud bedrock-004: a command sent to an existing AgentCore Runtime runs as root in its microVM,
  // which serves the runtime's execution role credentials on its metadata service (no iam:PassRole).
  { action: 'bedrock-agentcore:InvokeAgentRuntimeCommand', service: 'bedrock-agentcore', resource: 'runtime/*', kinds: 'agent runtimes',
    effect: 'run shell commands as root in any Bedrock AgentCore agent runtime, which act with the runtime\'s execution role' },
  // pathfinding.cloud bedrock-007: an existing custom browser driven over its automation stream reads its execution
  // role's credentials from the microVM's metadata service.
  { action: 'bedrock-agentcore:StartBrowserSession', service: 'bedrock-agentcore', resource: 'browser-custom/*', kinds: 'custom browsers',
    with: ['bedrock-agentcore:ConnectBrowserAutomationStream'],
    effect: 'drive any custom Bedrock AgentCore browser (bedrock-agentcore:ConnectBrowserAutomationStream) and read its execution role\'s credentials from the browser\'s metadata service' },
  // pathfinding.cloud sagemaker-005: a stopped notebook instance given a lifecycle configuration of the caller's runs
  // its script at the next start, with the notebook instance's execution role.
  { action: 'sagemaker:UpdateNotebookInstance', service: 'sagemaker', resource: 'notebook-instance/*', kinds: 'notebook instances',
    with: ['sagemaker:StopNotebookInstance', 'sagemaker:StartNotebookInstance'],
    withOther: [{ action: 'sagemaker:CreateNotebookInstanceLifecycleConfig', kind: 'notebook-instance-lifecycle-config/' }],
    effect: 'stop any SageMaker notebook instance, give it a lifecycle configuration of its own (sagemaker:CreateNotebookInstanceLifecycleConfig) and start it again, so that the script runs with the instance\'s execution role' },
  // pathfinding.cloud codedeploy-001: a deployment of a revision of the caller's runs its lifecycle hook scripts on
  // the deployment group's EC2 instances, with their instance profile's role. The revision is registered with the
  // group's application, and the deployment reads its deployment configuration.
  { action: 'codedeploy:CreateDeployment', service: 'codedeploy', resource: 'deploymentgroup:*', kinds: 'deployment groups',
    withOther: [{ action: 'codedeploy:RegisterApplicationRevision', kind: 'application:' }, { action: 'codedeploy:GetDeploymentConfig', kind: 'deploymentconfig:' }],
    effect: 'deploy a revision of its own (codedeploy:RegisterApplicationRevision) to any CodeDeploy deployment group, whose lifecycle hook scripts run on the group\'s EC2 instances with their role' },
];

/**
 * A path through a user or role that the principal creates itself, under a name that both the create action's
 * Resource and another action's Resource can name (`role/eksctl-*`): it creates the identity, gives it any
 * permission, and then acts as it. Each action may be allowed on a name pattern only; the patterns must be able
 * to name the same user or role.
 */
interface CreationPath {
  create: string;
  /** The start of the identity's resource part (`user/`, `role/`). */
  kind: string;
  kinds: string;
  /** The actions that give the new identity permissions: any one of them. */
  grant: readonly string[];
  /**
   * The actions that let the principal act as the new identity: any one of them. None for a role: its trust
   * policy, given when it is created, names whom the principal likes. The AWS STS API Reference (AssumeRole):
   * "Users in the same account as the role do not need explicit permission to assume the role" when the trust
   * policy names them; a principal in an account the principal controls has its own policies.
   */
  use: readonly string[];
  effect: string;
}

const CREATION: readonly CreationPath[] = [
  { create: 'iam:CreateUser', kind: 'user/', kinds: 'users', grant: ['iam:AttachUserPolicy', 'iam:PutUserPolicy'], use: ['iam:CreateAccessKey', 'iam:CreateLoginProfile'],
    effect: 'create a user, attach AdministratorAccess to it or write an inline policy into it, and sign in as that user with an access key or a password of its own' },
  { create: 'iam:CreateRole', kind: 'role/', kinds: 'roles', grant: ['iam:AttachRolePolicy', 'iam:PutRolePolicy'], use: [],
    effect: 'create a role whose trust policy names a principal of its choosing (itself, or one in an account it controls), attach AdministratorAccess to it or write an inline policy into it, and assume it' },
];

/** A method that needs iam:PassRole on every role, passed to one service, plus that service's actions. */
interface PassRolePath {
  /** Each item is one step; a step is met by any of its actions. The finding points at the first step. */
  steps: ReadonlyArray<readonly string[]>;
  /** The service principal the role is passed to (iam:PassedToService); any of them, when several are named. */
  passedTo: string | readonly string[];
  effect: string;
  /** A condition key on the first step's statement that pins the role the service uses. */
  roleKey?: string;
  /** Paths of one group are ways to the same end: only the first of them that is open is reported. */
  group?: string;
}

const PASS_ROLE: readonly PassRolePath[] = [
  // ec2:InstanceProfile (on the instance) and codebuild:serviceRole (on the project) name the profile or role the
  // launched code gets, as cloudformation:RoleArn does for a stack.
  // pathfinding.cloud ec2-004: a Spot Instance request (ec2:RequestSpotInstances) launches an instance with the
  // instance profile it names, as ec2:RunInstances does.
  { steps: [['ec2:RunInstances', 'ec2:RequestSpotInstances']], passedTo: 'ec2.amazonaws.com', effect: 'start an EC2 instance with any role and use the role\'s credentials from it',
    roleKey: 'ec2:instanceprofile' },
  // The function runs when the principal invokes it, an event source triggers it, or a caller it allows
  // (lambda:AddPermission, a function URL) invokes it.
  { steps: [['lambda:CreateFunction'], ['lambda:InvokeFunction', 'lambda:CreateEventSourceMapping', 'lambda:AddPermission', 'lambda:CreateFunctionUrlConfig']],
    passedTo: 'lambda.amazonaws.com', effect: 'create a Lambda function with any role as its execution role and run it' },
  { steps: [['ecs:RegisterTaskDefinition'], ['ecs:RunTask', 'ecs:StartTask', 'ecs:CreateService', 'ecs:UpdateService']], passedTo: 'ecs-tasks.amazonaws.com',
    effect: 'register an ECS task definition with any role as its task role and run it', group: 'ecs' },
  // pathfinding.cloud ecs-008, ecs-009 (and ecs-007, which also registers an instance to the cluster): a task run or
  // started from an existing task definition takes overrides of its task role (taskRoleArn) and container command.
  { steps: [['ecs:RunTask', 'ecs:StartTask']], passedTo: 'ecs-tasks.amazonaws.com', group: 'ecs',
    effect: 'run a task of an existing ECS task definition with any role as its task role and a command of its own (overrides)' },
  { steps: [['codebuild:CreateProject'], ['codebuild:StartBuild', 'codebuild:StartBuildBatch']], passedTo: 'codebuild.amazonaws.com',
    effect: 'create a CodeBuild project with any role as its service role and run a build', roleKey: 'codebuild:servicerole' },
  { steps: [['sagemaker:CreateNotebookInstance', 'sagemaker:CreateTrainingJob', 'sagemaker:CreateProcessingJob']], passedTo: 'sagemaker.amazonaws.com',
    effect: 'create a SageMaker notebook instance or job that runs with any role' },
  { steps: [['glue:CreateDevEndpoint']], passedTo: 'glue.amazonaws.com', effect: 'create a Glue development endpoint with any role and act with the role from it' },
  { steps: [['cloudformation:CreateStack']], passedTo: 'cloudformation.amazonaws.com', effect: 'create a CloudFormation stack that acts with any role',
    roleKey: 'cloudformation:rolearn' },
  // pathfinding.cloud cloudformation-003 and cloudformation-004: a stack set with self-managed permissions runs with
  // the administration role passed (cloudformation:RoleArn names it), which deploys the template through the
  // execution role of each target account, this one included.
  { steps: [['cloudformation:CreateStackSet'], ['cloudformation:CreateStackInstances']], passedTo: 'cloudformation.amazonaws.com',
    effect: 'create a CloudFormation stack set with any role as its administration role and deploy its template to stack instances through that role',
    roleKey: 'cloudformation:rolearn' },
  { steps: [['cloudformation:UpdateStackSet']], passedTo: 'cloudformation.amazonaws.com',
    effect: 'update any CloudFormation stack set with a template of its own and any role as its administration role, and so deploy the template through that role',
    roleKey: 'cloudformation:rolearn' },
  { steps: [['datapipeline:CreatePipeline']], passedTo: 'datapipeline.amazonaws.com', effect: 'create a data pipeline that runs with any role' },
  // pathfinding.cloud glue-003, glue-005 (and HackTricks): a job runs the script its definition names, as its role.
  { steps: [['glue:CreateJob', 'glue:UpdateJob'], ['glue:StartJobRun', 'glue:CreateTrigger']], passedTo: 'glue.amazonaws.com',
    effect: 'create or update a Glue job with any role and a script of its own, and run it' },
  // The Step Functions Developer Guide: with AWS SDK integrations, "your state machines can call over nine
  // thousand API actions for over two hundred AWS services", as the state machine's role.
  { steps: [['states:CreateStateMachine'], ['states:StartExecution', 'states:StartSyncExecution']], passedTo: 'states.amazonaws.com',
    effect: 'create a Step Functions state machine with any role, whose AWS SDK tasks call almost any AWS API as that role, and start it' },
  // pathfinding.cloud apprunner-001: the service's start command or image runs with its instance role (which
  // trusts tasks.apprunner.amazonaws.com; pathfinding.cloud's condition names apprunner.amazonaws.com).
  { steps: [['apprunner:CreateService']], passedTo: ['tasks.apprunner.amazonaws.com', 'apprunner.amazonaws.com'],
    effect: 'create an App Runner service with any role as its instance role, running a command or image of its own' },
  // pathfinding.cloud emr-001: a step given at creation runs on the cluster's instances, as their instance profile's role.
  { steps: [['elasticmapreduce:RunJobFlow']], passedTo: 'elasticmapreduce.amazonaws.com',
    effect: 'start an EMR cluster whose instances act with any role and run steps of its own' },
  // The EventBridge Scheduler User Guide: a universal target (`arn:aws:scheduler:::aws-sdk:service:apiAction`)
  // calls an API operation of many AWS services, with the schedule's execution role.
  { steps: [['scheduler:CreateSchedule']], passedTo: 'scheduler.amazonaws.com',
    effect: 'create an EventBridge Scheduler schedule whose target calls an AWS API of its choice with any role' },
  // pathfinding.cloud batch-001: a job definition's job role (jobRoleArn) is the role its container acts with; the
  // role trusts ecs-tasks.amazonaws.com. A job queue to submit to is usually there already.
  { steps: [['batch:RegisterJobDefinition'], ['batch:SubmitJob']], passedTo: ['batch.amazonaws.com', 'ecs-tasks.amazonaws.com'],
    effect: 'register an AWS Batch job definition with any role as its job role and submit a job that runs its own container as that role' },
  // pathfinding.cloud ssm-003: an Automation runbook of the caller's runs its aws:executeScript steps (Python or
  // PowerShell) with the AutomationAssumeRole passed when the execution starts.
  { steps: [['ssm:CreateDocument'], ['ssm:StartAutomationExecution']], passedTo: 'ssm.amazonaws.com',
    effect: 'create a Systems Manager Automation runbook whose script steps call AWS as any role, and start it with that role' },
  // pathfinding.cloud bedrock-001: code run in a Bedrock AgentCore code interpreter reads its execution role's
  // credentials from the metadata service of the interpreter's microVM.
  { steps: [['bedrock-agentcore:CreateCodeInterpreter'], ['bedrock-agentcore:StartCodeInterpreterSession'], ['bedrock-agentcore:InvokeCodeInterpreter']],
    passedTo: 'bedrock-agentcore.amazonaws.com',
    effect: 'create a Bedrock AgentCore code interpreter with any role as its execution role and run code in it that acts as that role' },
  // pathfinding.cloud bedrock-003 (and bedrock-005, a harness, which needs the same actions and more): a command sent
  // to a new agent runtime runs as root in its microVM, whose metadata service serves the execution role's credentials.
  { steps: [['bedrock-agentcore:CreateAgentRuntime'], ['bedrock-agentcore:CreateAgentRuntimeEndpoint'], ['bedrock-agentcore:CreateWorkloadIdentity'],
    ['bedrock-agentcore:InvokeAgentRuntimeCommand']], passedTo: 'bedrock-agentcore.amazonaws.com',
    effect: 'create a Bedrock AgentCore agent runtime with any role as its execution role and run shell commands in it that act as that role' },
  // pathfinding.cloud bedrock-006: a new custom browser, driven over its automation stream, reads its execution role's
  // credentials from the microVM's metadata service.
  { steps: [['bedrock-agentcore:CreateBrowser'], ['bedrock-agentcore:StartBrowserSession'], ['bedrock-agentcore:ConnectBrowserAutomationStream']],
    passedTo: 'bedrock-agentcore.amazonaws.com',
    effect: 'create a Bedrock AgentCore custom browser with any role as its execution role and drive it to read that role\'s credentials' },
  // pathfinding.cloud glue-007: the Python statements run in an interactive session act with the session's role.
  { steps: [['glue:CreateSession'], ['glue:RunStatement']], passedTo: 'glue.amazonaws.com',
    effect: 'create a Glue interactive session with any role and run Python statements in it that act as that role' },
  // pathfinding.cloud emrserverless-001: a job run's code acts with the execution role passed when it starts.
  { steps: [['emr-serverless:StartJobRun'], ['emr-serverless:CreateApplication']], passedTo: 'emr-serverless.amazonaws.com',
    effect: 'start an EMR Serverless job run of its own code with any role as its execution role' },
  // pathfinding.cloud imagebuilder-001: a component's commands run on the build instance, which has the instance
  // profile the infrastructure configuration names.
  { steps: [['imagebuilder:CreateInfrastructureConfiguration'], ['imagebuilder:CreateComponent'], ['imagebuilder:CreateImageRecipe'], ['imagebuilder:CreateImage']],
    passedTo: 'ec2.amazonaws.com',
    effect: 'build an EC2 Image Builder image whose build instance has any role and runs a component of its own' },
  // pathfinding.cloud braket-001: a Braket hybrid job runs the caller's script with its job execution role.
  { steps: [['braket:CreateJob']], passedTo: 'braket.amazonaws.com',
    effect: 'create an Amazon Braket hybrid job whose script runs with any role' },
  // pathfinding.cloud cognitoidentity-001: the role bound to an identity pool's unauthenticated identities is
  // handed to any caller of the pool, the principal included.
  { steps: [['cognito-identity:SetIdentityPoolRoles']], passedTo: 'cognito-identity.amazonaws.com',
    effect: 'bind any role to a Cognito identity pool, whose identities then receive that role\'s credentials' },
  // pathfinding.cloud gamelift-001: the server process of an uploaded build runs on the fleet's instances with the
  // fleet's instance role.
  { steps: [['gamelift:CreateFleet'], ['gamelift:CreateBuild'], ['gamelift:RequestUploadCredentials']], passedTo: 'gamelift.amazonaws.com',
    effect: 'create a GameLift fleet with any role as its instance role, running a build of its own' },
  // pathfinding.cloud kinesisanalytics-001: a Managed Service for Apache Flink application runs its code with its
  // service execution role.
  { steps: [['kinesisanalytics:CreateApplication'], ['kinesisanalytics:StartApplication']], passedTo: 'kinesisanalytics.amazonaws.com',
    effect: 'create and start a Managed Service for Apache Flink application whose code runs with any role' },
  // pathfinding.cloud omics-001: a HealthOmics run's tasks receive the credentials of the role passed when it starts.
  { steps: [['omics:StartRun'], ['omics:CreateWorkflow']], passedTo: 'omics.amazonaws.com',
    effect: 'start a HealthOmics run of a workflow of its own with any role, whose tasks receive that role\'s credentials' },
];

/** Every action the paths above name (exported for the test that checks them against the IAM database). */
export const PATH_ACTIONS: readonly string[] = [...new Set([
  ...DIRECT.flatMap((path) => [path.action, ...(path.with ?? []), ...(path.withOther ?? []).map(({ action }) => action)]), 'iam:PassRole',
  ...PASS_ROLE.flatMap((path) => path.steps.flat()),
  ...CREATION.flatMap((path) => [path.create, ...path.grant, ...path.use]),
])];
const NONE: readonly string[] = [];

/**
 * A quick test of an entry: may it cover one of these actions? Only when it names one of their services or
 * has a wildcard in the service part (`*`, `*:Put*`). Most entries name other services; their first
 * character rules them out before the pattern is tried.
 */
function entryTest(actions: Iterable<string>): (entry: string) => boolean {
  const services = [...new Set([...actions].map((action) => action.slice(0, action.indexOf(':'))))];
  const pattern = new RegExp(`^\\s*(?:${services.join('|')}|[^:]*[*?][^:]*)\\s*(?::|$)`, 'i');
  const initials = new Set([...services.flatMap((s) => [s[0], s[0].toUpperCase()]), '*', '?', ' ', '\t'].map((c) => c.charCodeAt(0)));
  return (entry) => initials.has(entry.charCodeAt(0)) && pattern.test(entry);
}

const mayCoverPathAction = entryTest(PATH_ACTIONS);
/** The actions that open a path: a direct one, or iam:PassRole, which every other path needs. */
const OPENING = new Set([...DIRECT.map((path) => path.action), 'iam:PassRole', ...CREATION.map((path) => path.create)]);
const mayCoverOpening = entryTest(OPENING);

/** The entries without a wildcard that may name a path action, or one that opens a path (see literalNamesPattern). */
const MAY_NAME_PATH_ACTION = literalNamesPattern(PATH_ACTIONS);
const MAY_NAME_OPENING = literalNamesPattern(OPENING);
/** The first look at every entry (see leadingCharactersTest): most start like no path action. */
const mayStartPathAction = leadingCharactersTest(PATH_ACTIONS);
const mayStartOpening = leadingCharactersTest(OPENING);

/** The path actions an Action / NotAction entry covers; remembered for the entries of their services. */
const coveredByEntry = new Map<string, readonly string[]>();
function pathActionsOf(entry: string): readonly string[] {
  // Most entries name one action, most of them not a path action: their first two characters, or one pattern
  // test, rule them out without a look-up in the map. An entry with a wildcard (a few hundred in the AWS managed
  // policies) gets the service test instead of the pattern.
  if (!mayStartPathAction(entry)) return NONE;
  if (!hasWildcard(entry) ? !MAY_NAME_PATH_ACTION.test(entry) : !mayCoverPathAction(entry)) return NONE;
  let covered = coveredByEntry.get(entry);
  if (covered === undefined) {
    covered = PATH_ACTIONS.filter((action) => actionMatches(entry, action));
    if (coveredByEntry.size >= 10_000) coveredByEntry.clear();
    coveredByEntry.set(entry, covered);
  }
  return covered;
}

interface Statement {
  statement: NormalizedStatement;
  path: Array<string | number>;
  index: number;
  /** How the statement's Action / NotAction lets through each path action (as actionGrant says), by action. */
  grants: Map<string, ActionGrant>;
  /** hasScopingCondition by path action, as asked (a statement may grant several). */
  scopedFor?: Map<string, boolean>;
  /** selectsRolesByTag, once asked (every PassRole path asks it again). */
  rolesByTag?: boolean;
  /** throughOtherServices, once asked. */
  throughOthers?: boolean;
}

/** actionGrant for every path action at once (one look at each entry); undefined when the statement grants none. */
function grantsOf(statement: NormalizedStatement, path: Array<string | number>): Map<string, ActionGrant> | undefined {
  let grants: Map<string, ActionGrant> | undefined;
  if (Array.isArray(statement.Action)) {
    const list = statement.Action;
    for (let index = 0; index < list.length; index++) {
      const entry = list[index];
      if (typeof entry !== 'string') continue;
      const covered = pathActionsOf(entry);
      if (covered.length === 0) continue;
      const kind = hasWildcard(entry) ? 'wildcard' : 'action';
      grants ??= new Map();
      // One grant (and path) for all the actions of the entry: `"*"` or `"iam:*"` covers dozens. Nothing changes them.
      let grant: ActionGrant | undefined;
      for (const action of covered) {
        const known = grants.get(action);
        // An explicit entry wins over a wildcard one; otherwise the first entry.
        if (known && (known.kind === 'action' || kind === 'wildcard')) continue;
        grants.set(action, grant ??= { kind, pattern: entry, path: [...path, 'Action', index] });
      }
    }
  } else if (Array.isArray(statement.NotAction)) {
    const excluded = new Set(statement.NotAction.flatMap((entry) => (typeof entry === 'string' ? pathActionsOf(entry) : NONE)));
    const grant: ActionGrant = { kind: 'notAction', path: [...path, 'NotAction'] };
    for (const action of PATH_ACTIONS) if (!excluded.has(action)) (grants ??= new Map()).set(action, grant);
  }
  return grants;
}

/**
 * Whether an Allow statement lets through an action that opens a path: the quick test that spares the other
 * statements of the policy a closer look (a third of the AWS managed policies name some IAM action, few of them
 * one of these).
 */
function opensPath(statement: NormalizedStatement): boolean {
  if (statement.Effect !== 'Allow') return false;
  if (Array.isArray(statement.NotAction)) return true;
  return Array.isArray(statement.Action) && statement.Action.some((entry) => typeof entry === 'string'
    && mayStartOpening(entry) && (hasWildcard(entry) ? mayCoverOpening(entry) : MAY_NAME_OPENING.test(entry))
    && pathActionsOf(entry).some((action) => OPENING.has(action)));
}

/**
 * Which resources a path needs: every resource of its kind (a test of a Resource entry), or `any` resource at
 * all (the service actions of a PassRole path, which run as the passed role whatever they act on).
 */
type Reach = ((pattern: string) => boolean) | 'any';

/**
 * The Resource entry through which the statement reaches what `reach` asks for; `NotResource` when NotResource
 * leaves it open: when none of its entries `excludes` all of it (by default, an entry `reach` accepts: one that
 * covers every resource of the kind).
 */
function reachingEntry(statement: NormalizedStatement, reach: Reach, excludes: Reach = reach): string | undefined {
  if (Array.isArray(statement.NotResource)) {
    const excluded = excludes === 'any' ? (pattern: string) => pattern === '*' : excludes;
    return statement.NotResource.some((r) => typeof r === 'string' && excluded(r)) ? undefined : 'NotResource';
  }
  if (!Array.isArray(statement.Resource)) return undefined;
  return statement.Resource.find((r): r is string => typeof r === 'string' && (reach === 'any' || reach(r)));
}

/** One resource type a service action acts on: its ARN formats, as tokens. */
interface ActionType {
  required: boolean;
  formats: readonly Token[][];
  /** Whether a Resource entry can name one, by entry: the AWS managed policies repeat the same entries. */
  reachedBy: Map<string, boolean>;
}

/**
 * The resource types of the service actions of the PassRole paths, from the IAM database (undefined: none
 * listed, so the action supports only `"*"`, or the action is unknown). Computed on first use, once per action:
 * the paths name a few dozen actions.
 */
const actionTypesCache = new Map<string, readonly ActionType[] | null>();
function actionTypes(action: string): readonly ActionType[] | undefined {
  let types = actionTypesCache.get(action);
  if (types === undefined) {
    const service = action.slice(0, action.indexOf(':'));
    const names = actionResourceTypeNames(action) ?? [];
    const list: ActionType[] = [];
    for (const { name, required } of names) {
      const formats = (resourceType(service, name)?.arnFormats ?? []).flatMap(splitArnFormats).map((format) => {
        // The variables of the resource part may hold anything, a colon included (`function:name:qualifier`):
        // in doubt, an entry reaches the type.
        const resourcePart = format.split(':').slice(5).join(':');
        const colonVariables = new Set([...resourcePart.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]));
        return arnFormatTokens(format, { colonVariables });
      });
      // A type without a known format cannot be compared: the action is then read as acting on anything.
      if (formats.length === 0) {
        list.length = 0;
        break;
      }
      list.push({ required, formats, reachedBy: new Map() });
    }
    types = list.length > 0 ? list : null;
    actionTypesCache.set(action, types);
  }
  return types ?? undefined;
}

/** Whether a statement's Resource (or NotResource, unless it leaves out `"*"`) can name a resource of the type. */
function reachesType(statement: NormalizedStatement, type: ActionType): boolean {
  if (Array.isArray(statement.NotResource)) return !statement.NotResource.includes('*');
  if (!Array.isArray(statement.Resource)) return false;
  return statement.Resource.some((entry) => {
    if (typeof entry !== 'string') return false;
    if (entry === '*') return true;
    let reaches = type.reachedBy.get(entry);
    if (reaches === undefined) {
      // Field by field; an entry cut short (`arn:aws:ec2:*`) ends with a `*` that IAM lets span the fields left.
      const tokens = arnPatternTokens(entry, entry.split(':').length < 6);
      reaches = type.formats.some((format) => patternsIntersect(tokens, format));
      if (type.reachedBy.size >= 5000) type.reachedBy.clear();
      type.reachedBy.set(entry, reaches);
    }
    return reaches;
  });
}

/**
 * A grant of a PassRole path's service action that can act: the Allow statements that grant it (and that
 * `skip` leaves) must together reach every resource type the IAM database says it requires (`ec2:RunInstances`:
 * an instance, an image, a subnet, a security group, a network interface), or, with none required, one type it
 * acts on. Limited to volumes, `ec2:RunInstances` launches nothing. The grant is the first statement without a
 * Condition that reaches one (else the first with one).
 */
function serviceActionGrant(statements: readonly Statement[], action: string, skip?: (info: Statement) => boolean):
  { grant: ActionGrant; info: Statement; resource: string } | undefined {
  const types = actionTypes(action);
  if (!types) return allowedGrant(statements, action, 'any', skip);
  if (takenBack(statements, action, 'any')) return undefined;
  const required = types.filter((type) => type.required);
  const needed = required.length > 0 ? required : types;
  const reached = needed.map(() => false);
  // The finding points at a statement without a Condition where there is one (a condition may not hold).
  let first: { grant: ActionGrant; info: Statement; resource: string } | undefined;
  let firstConditional: typeof first;
  for (const info of statements) {
    if (first && reached.every(Boolean)) break;
    const grant = info.statement.Effect === 'Allow' ? info.grants.get(action) : undefined;
    if (!grant || skip?.(info)) continue;
    let hit = false;
    needed.forEach((type, i) => {
      if (reachesType(info.statement, type)) hit = reached[i] = true;
    });
    if (!hit) continue;
    if (isObject(info.statement.Condition)) firstConditional ??= { grant, info, resource: 'any' };
    else first ??= { grant, info, resource: 'any' };
  }
  const found = first ?? firstConditional;
  if (!found) return undefined;
  return required.length === 0 || reached.every(Boolean) ? found : undefined;
}

/**
 * Whether an unconditional Deny of the policy takes the action back: on every resource, or (`excludes`) on all of
 * what a Resource or NotResource entry leaves out (unconditionalDenyOn).
 */
function takenBack(statements: readonly Statement[], action: string, excludes: Reach): boolean {
  return statements.some((info) => info.grants.has(action) && alwaysDenies(info, action, excludes === 'any' ? undefined : excludes));
}

/**
 * Whether a Deny always applies to `action` on a resource `covers` accepts (unconditionalDenyOn): without a
 * Condition, or with only `aws:RequestedRegion` entries that every request of the action meets (regionHolds):
 * `"StringNotEquals": {"aws:RequestedRegion": "eu-west-1"}` denies every request to IAM, made in us-east-1; not
 * `["us-gov-west-1"]`, where GovCloud's IAM requests are made.
 */
function alwaysDenies(info: Statement, action: string, covers?: (resource: string) => boolean): boolean {
  const { statement } = info;
  if (unconditionalDenyOn(statement, covers)) return true;
  if (statement.Effect !== 'Deny' || !isIamRequest(action)) return false;
  const entries = conditionEntries(statement, info.path);
  return entries.length > 0 && entries.every((entry) => regionHolds(entry, action) === true)
    && unconditionalDenyOn({ ...statement, Condition: undefined }, covers);
}

/**
 * A grant of an action that an unconditional Deny of the same policy does not take back. `excludes`: the
 * entries of such a Deny's Resource, or of a NotResource (reachingEntry), that leave out all of what `reach` asks for.
 */
function allowedGrant(statements: readonly Statement[], action: string, reach: Reach, skip?: (info: Statement) => boolean, excludes: Reach = reach):
  { grant: ActionGrant; info: Statement; resource: string } | undefined {
  if (takenBack(statements, action, excludes)) return undefined;
  for (const info of statements) {
    const grant = info.statement.Effect === 'Allow' ? info.grants.get(action) : undefined;
    if (!grant || skip?.(info)) continue;
    const resource = reachingEntry(info.statement, reach, excludes);
    if (resource !== undefined) return { grant, info, resource };
  }
  return undefined;
}

/** The statements of allowedGrant's grants (without `skip`), in order; none when a Deny takes the action back. */
function allowingStatements(statements: readonly Statement[], action: string, reach: (pattern: string) => boolean): Statement[] {
  if (takenBack(statements, action, reach)) return [];
  return statements.filter((info) => info.statement.Effect === 'Allow' && info.grants.has(action) && reachingEntry(info.statement, reach) !== undefined);
}

/**
 * Whether a condition entry of `entries` (its statement's) limits what the action reaches (limitsToValues): a
 * negated operator (`StringNotEquals`, `ArnNotLike`, …) only leaves out the values it lists and lets everything
 * else through; `Null` asks only whether the key is there (`"iam:PermissionsBoundary"` present, any boundary);
 * and `…IfExists` or `ForAllValues:` let through a request without the key: a resource without the tag, a user or
 * role without a permissions boundary. Except on a key that every request of the action carries
 * (ALWAYS_CARRIED), or that a `Null` "false" beside them requires (nullRequiresKey), where they compare it as
 * the plain operator does.
 */
function limits(entry: ConditionEntry, action: string, entries: readonly ConditionEntry[]): boolean {
  return limitsToValuesIn(entry, entries, ALWAYS_CARRIED.get(entry.key.toLowerCase())?.includes(action) === true);
}

/** Keys (lower case) that every request of the actions carries: the Attach…Policy calls require the policy's ARN. */
const ALWAYS_CARRIED: ReadonlyMap<string, readonly string[]> = new Map([
  ['iam:policyarn', ['iam:AttachUserPolicy', 'iam:AttachGroupPolicy', 'iam:AttachRolePolicy']],
]);

/** AdministratorAccess in each partition: an `iam:PolicyARN` condition that admits it does not limit what may be attached. */
const ADMINISTRATOR_ACCESS = ['aws', 'aws-cn', 'aws-us-gov'].map((partition) => `arn:${partition}:iam::aws:policy/AdministratorAccess`);

/** Whether an `iam:PolicyARN` entry lets AdministratorAccess be attached (`arn:aws:iam::aws:policy/*`, `*` under a Like or Arn operator). */
function admitsAdministratorAccess({ operator, values }: ConditionEntry): boolean {
  const parsed = parseOperator(operator);
  if (!parsed) return false;
  return values.some((value) => typeof value === 'string' && ADMINISTRATOR_ACCESS.some((arn) => policyValueMatches(parsed, value, arn)));
}

/**
 * A condition that may pin which resources the action reaches: a key of the action's own service, or a resource
 * tag, that limits it. `iam:PolicyARN` (on the Attach…Policy actions) pins nothing when its values admit
 * AdministratorAccess.
 */
function hasScopingCondition(info: Statement, { service, action }: DirectPath): boolean {
  info.scopedFor ??= new Map();
  // By action: which keys its requests carry (neverInRequests, ALWAYS_CARRIED) decides the answer.
  let scoped = info.scopedFor.get(action);
  if (scoped === undefined) {
    scoped = readsScopingCondition(info, service, action, ADMITTING_DIRECT);
    info.scopedFor.set(action, scoped);
  }
  return scoped;
}

/** The keys (lower case) that pin nothing when their values admit AdministratorAccess: for a direct path, for a creation path. */
const ADMITTING_DIRECT = ['iam:policyarn'];
const ADMITTING_CREATION = ['iam:policyarn', 'iam:permissionsboundary'];

/**
 * hasScopingCondition (`admitting`: ADMITTING_DIRECT) and closesCreation (ADMITTING_CREATION), for `action`.
 * A key the action's requests never carry decides by its operator alone, whatever its service: false without
 * the key (`StringEquals`, `ForAnyValue:…`, `Null` false), the statement allows the action nothing; true
 * (`…IfExists`, `ForAllValues:`, negated), it limits nothing.
 */
function readsScopingCondition(info: Statement, service: string, action: string, admitting: readonly string[]): boolean {
  if (throughOtherServices(info)) return true;
  const entries = conditionEntries(info.statement, info.path);
  return entries.some((entry) => {
    const missing = missingKeyDecides(entry, action);
    if (missing !== undefined) return missing;
    if (regionHolds(entry, action) === false) return true;
    const lower = entry.key.toLowerCase();
    if (PLACE_KEYS.has(lower)) return false;
    if (!lower.startsWith(`${service}:`) && !lower.startsWith('aws:resourcetag/')) return false;
    if (!limits(entry, action, entries)) return false;
    return !admitting.includes(lower) || !admitsAdministratorAccess(entry);
  });
}

/**
 * Keys (lower case) that say where a request is made or a resource lives, not which resources it acts on: the
 * Region and the Availability Zone. A path is as open in each Region they allow (a Resource ARN limited to one
 * Region names every resource of its kind too, coversEveryResource), so they close none, and a finding through a
 * statement limited by one says so (placeNote). Except `aws:RequestedRegion` on an IAM action, whose requests all
 * name one Region per partition (us-east-1, us-gov-west-1, cn-north-1; regionHolds): leaving it out in every
 * partition the condition is written for, the statement allows the action nothing.
 */
const PLACE_KEYS = new Set(['aws:requestedregion', 'ec2:region', 'ec2:availabilityzone', 'ec2:availabilityzoneid']);

/**
 * For a finding through these statements, each read for its action: why a condition of theirs on a Region or
 * Availability Zone (PLACE_KEYS, limiting it to some values) leaves the path open, as a parenthesis; empty without
 * one. A key the action never carries (`ec2:Region` under `…IfExists` for iam:PassRole) limits nothing: no note.
 */
function placeNote(...steps: Array<{ info: Statement; action: string }>): string {
  for (const { info, action } of steps) {
    const entry = conditionEntries(info.statement, info.path)
      .find((e) => PLACE_KEYS.has(e.key.toLowerCase()) && limitsToValues(e, 'limited') && !neverInRequests(action, e.key));
    if (!entry) continue;
    // IAM's requests are all made in one Region per partition: a Region condition that lets them through limits nothing.
    const region = regionResults(entry, action)?.find((result) => result.holds);
    if (region) {
      const where = region.partition === 'aws' ? '' : ` in ${PARTITION_NAMES[region.partition]}`;
      return ` (the condition on ${quoted(entry.key)} allows ${region.region}, where every request to iam${where} is made, so it limits nothing)`;
    }
    const places = /zone/i.test(entry.key) ? 'Availability Zone' : 'Region';
    return ` (the condition on ${quoted(entry.key)} limits only where: the escalation works in each ${places} it allows)`;
  }
  return '';
}

/**
 * How a condition entry on a key that `action`'s requests never carry (neverInRequests) decides, whatever its
 * service: true when its operator is false without the key (`StringEquals`, `ForAnyValue:…`, `"Null": false`),
 * so the statement allows the action nothing; false when it is true without it (`…IfExists`, `ForAllValues:`,
 * negated), so it limits nothing. Undefined for a key the action may carry.
 */
function missingKeyDecides(entry: ConditionEntry, action: string): boolean | undefined {
  if (!neverInRequests(action, entry.key)) return undefined;
  const parsed = parseOperator(entry.operator);
  return parsed !== undefined && falseWhenKeyMissing(parsed, entry.values);
}

/**
 * Whether the statement's condition names a key `action`'s requests never carry, false without it, or an
 * `aws:RequestedRegion` that leaves out the Region of every request of the action (regionHolds): it allows the
 * action nothing.
 */
function allowsNothing(info: Statement, action: string): boolean {
  return conditionEntries(info.statement, info.path).some((entry) => missingKeyDecides(entry, action) === true || regionHolds(entry, action) === false);
}

/**
 * Whether `action` is a request to IAM, made in one Region per partition (IAM_REQUEST_REGIONS); not iam:PassRole,
 * a permission that the service a role is passed to checks when it is called, in that service's Region.
 */
function isIamRequest(action: string): boolean {
  return action.startsWith('iam:') && action !== 'iam:PassRole';
}

/** The partitions whose IAM Region is known, as a finding names them. */
const PARTITION_NAMES: Readonly<Record<string, string>> = { 'aws-us-gov': 'the AWS GovCloud (US) Regions', 'aws-cn': 'the China Regions' };

/**
 * For a condition entry on `aws:RequestedRegion` and an IAM request (isIamRequest): whether it holds in each
 * partition it is written for, where every request to IAM names one Region (IAM_REQUEST_REGIONS). It is written for
 * the partitions whose Regions its values name (`eu-west-1` the commercial one, `us-gov-west-1` GovCloud), or for
 * all three when they name none. A String operator compares the one value the key always has, so `…IfExists` and the
 * qualifiers (a single-valued key) compare it as the plain operator does, and a `Not` form holds when no value
 * matches. Undefined when it cannot tell: another key or action, another operator family, a value with a
 * variable, or one that names only Regions of a partition whose IAM Region is not known here (`us-iso-east-1`).
 */
function regionResults(entry: ConditionEntry, action: string): Array<{ partition: string; region: string; holds: boolean }> | undefined {
  if (!keyIs(entry.key, 'aws:RequestedRegion') || !isIamRequest(action)) return undefined;
  const parsed = parseOperator(entry.operator);
  if (parsed?.family !== 'String' || entry.values.length === 0) return undefined;
  if (!entry.values.every((v) => typeof v === 'string' && !hasVariable(v))) return undefined;
  const values = entry.values as string[];
  const named = new Set<string>();
  for (const value of values) {
    const partitions = partitionsNamed(parsed, value);
    const known = partitions.filter((partition) => Object.hasOwn(IAM_REQUEST_REGIONS, partition));
    if (partitions.length > 0 && known.length === 0) return undefined;
    for (const partition of known) named.add(partition);
  }
  return Object.keys(IAM_REQUEST_REGIONS).filter((partition) => named.size === 0 || named.has(partition)).map((partition) => {
    const region = IAM_REQUEST_REGIONS[partition];
    return { partition, region, holds: values.some((v) => policyValueMatches(parsed, v, region)) !== parsed.negated };
  });
}

/**
 * Whether a condition entry on `aws:RequestedRegion` holds for every request of an IAM action (regionResults): true
 * in every partition it is written for, false in none (the statement allows the action nothing, or a Deny never
 * applies to it), undefined in some (`["eu-west-1", "us-gov-west-1"]`) or when it cannot tell.
 */
function regionHolds(entry: ConditionEntry, action: string): boolean | undefined {
  const results = regionResults(entry, action);
  if (!results) return undefined;
  return results.every((r) => r.holds) ? true : results.some((r) => r.holds) ? undefined : false;
}

/**
 * Whether the statement allows its actions only when a service other than CloudFormation calls them on the
 * principal's behalf (`aws:CalledVia`): that service decides what the call does, so no path is open through it.
 * CloudFormation makes whatever calls the principal's template says; `aws:ViaAWSService` admits it too.
 */
function throughOtherServices(info: Statement): boolean {
  return info.throughOthers ??= conditionEntries(info.statement, info.path).some(({ operator, key, values }) => onlyThroughServices(operator, key, values));
}

/** Whether a condition entry on one of `keys` (lower case; a prefix when it ends with `/`) limits `action`. */
function hasScopingKey(info: Statement, keys: readonly string[], action: string): boolean {
  const entries = conditionEntries(info.statement, info.path);
  return entries.some((entry) => {
    const lower = entry.key.toLowerCase();
    return keys.some((key) => (key.endsWith('/') ? lower.startsWith(key) : lower === key)) && limits(entry, action, entries);
  });
}

/** An Action entry of only `*` (spaces around allowed): every action of every service. */
const ONLY_STARS = /^\s*\*+\s*$/;

/** An Allow of every action on every resource with no condition: the policy already grants everything. */
function grantsEverything(statements: readonly Statement[]): boolean {
  return statements.some(({ statement }) => statement.Effect === 'Allow' && !isObject(statement.Condition)
    && Array.isArray(statement.Action) && statement.Action.some((a) => typeof a === 'string' && ONLY_STARS.test(a))
    && Array.isArray(statement.Resource) && statement.Resource.includes('*'));
}

/** Whether iam:PassedToService (when the statement has it) lets the role go to `service` (to one of them, for a list). */
function passesTo(info: Statement, service: string | readonly string[]): boolean {
  if (typeof service !== 'string') return service.some((one) => passesTo(info, one));
  const entries = conditionEntries(info.statement, info.path).filter(({ key }) => key.toLowerCase() === 'iam:passedtoservice');
  return entries.every((entry) => {
    // `…IfExists`, `ForAllValues:`, negated operators and `Null` let the role go to every service, unless a `Null`
    // "false" beside them requires the key (pass-role-scope's judgement).
    if (!limitsToValuesIn(entry, entries)) return true;
    const { operator, values } = entry;
    const parsed = parseOperator(operator);
    if (parsed?.base !== 'StringEquals' && parsed?.base !== 'StringLike' && parsed?.base !== 'StringEqualsIgnoreCase') return true;
    // Only StringLike reads "*" and "?" as wildcards; service principals are lower case (a value in other case is read as meant).
    return values.some((v) => typeof v === 'string' && policyValueMatches(parsed, v, service, { ignoreCase: true }));
  });
}

/**
 * A condition on the role's tags (`aws:ResourceTag/…`, `iam:ResourceTag/…`) that limits them: the roles it may
 * pass are not every role (under `…IfExists` every role without the tag is).
 */
function selectsRolesByTag(info: Statement): boolean {
  if (info.rolesByTag !== undefined) return info.rolesByTag;
  const entries = conditionEntries(info.statement, info.path);
  return info.rolesByTag = entries.some((entry) => /^(?:aws|iam):resourcetag\//i.test(entry.key) && limits(entry, 'iam:PassRole', entries));
}

/** The token a grant points at, as a map key. */
const tokenKey = (grant: ActionGrant) => grant.path.join('\u0000');

/** `on "<entry>"`, or `with NotResource`: where a grant reaches, as a finding says it. */
function onPhrase(resource: string): string {
  return resource === 'NotResource' ? 'with NotResource' : `on ${quoted(resource)}`;
}

/** `"iam:*" on "*" includes` / `NotAction on "*" allows`: how a finding names a grant that is not the action itself. */
function grantPhrase(grant: ActionGrant, resource: string): string {
  const on = onPhrase(resource);
  return grant.kind === 'notAction' ? `NotAction ${on} allows` : `${quoted(grant.pattern)} ${on} includes`;
}

/** `"iam:CreateUser" <on>`, `"iam:*" <on> (which includes iam:CreateUser)`, `NotAction <on> (which allows iam:CreateUser)`. */
function grantOf(grant: ActionGrant, on: string, action: string): string {
  return grant.kind === 'action' ? `${quoted(grant.pattern)} ${on}`
    : grant.kind === 'wildcard' ? `${quoted(grant.pattern)} ${on} (which includes ${action})` : `NotAction ${on} (which allows ${action})`;
}

/**
 * The findings of one policy, one per token: a "*" entry grants every action and is other rules' business
 * (allow-not-action, the policy being an administrator's); a token already reported keeps its first finding.
 */
class Findings {
  private readonly reported = new Set<string>();
  constructor(private readonly context: RuleContext) {}

  report(grant: ActionGrant, messageId: string, data: Record<string, unknown>): void {
    if (grant.kind === 'wildcard' && ONLY_STARS.test(grant.pattern)) return;
    const key = tokenKey(grant);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.context.report({ messageId, path: grant.path, target: grant.kind === 'notAction' ? 'key' : 'auto', data });
  }
}

/**
 * The direct paths with their tests, made once: whether a Resource entry covers every resource of the kind
 * (remembered by entry), and whether a statement's condition or resources close the path.
 */
const DIRECT_TESTS = DIRECT.map((path) => ({
  path,
  covers: rememberCoverage((pattern) => coversEveryResource(pattern, path.arnService ?? path.service, path.resource, { global: path.global })),
  scoped: (info: Statement) => scopedByCondition(path, info) || (path.alsoNeeds !== undefined && !path.alsoNeeds(info.statement)),
  /**
   * For the companion actions, which need only the resources of the kind (ecs:DescribeTasks no cluster), each
   * read for itself: which keys its requests carry is its own (they are of the path's service).
   */
  companionScoped: (action: string) => (info: Statement) => scopedByCondition({ ...path, action }, info),
  /** The companion actions on other kinds of resource, each with its test of a Resource entry. */
  others: (path.withOther ?? []).map(({ action, kind }) => ({ action, names: namesKind(path.arnService ?? path.service, kind) })),
}));

/** A Resource entry that names only the caller's own user (`user/${aws:username}`). */
const namesCaller = (pattern: string) => userScopeOf(pattern) === 'self';

function scopedByCondition(path: DirectPath, info: Statement): boolean {
  return hasScopingCondition(info, path) || (path.scopedBy !== undefined && hasScopingKey(info, path.scopedBy, path.action));
}

/**
 * The direct paths, grouped by the entry that grants them (a wildcard such as "iam:*" is one finding), then those
 * on the caller's own user. Returns the actions of the paths open on every resource of their kind.
 */
function reportDirectPaths(statements: readonly Statement[], findings: Findings): ReadonlySet<string> {
  const open = new Set<string>();
  const byEntry = new Map<string, { grant: ActionGrant; info: Statement; resource: string; paths: DirectPath[] }>();
  const selfGrants: Array<{ grant: ActionGrant; info: Statement; resource: string; path: DirectPath }> = [];
  // A path whose action no Allow statement grants is closed (allowedGrant would find no grant): passed over.
  const allowed = new Set<string>();
  for (const { statement, grants } of statements) if (statement.Effect === 'Allow') for (const action of grants.keys()) allowed.add(action);
  for (const { path, covers, scoped, companionScoped, others } of DIRECT_TESTS) {
    if (!allowed.has(path.action)) continue;
    // The companion actions must be allowed on every resource of the kind too (their own grant, anywhere in the
    // policy); those that act on another kind, on some resource of that kind.
    const companions = (path.with ?? []).every((action) => allowedGrant(statements, action, covers, companionScoped(action)) !== undefined)
      && others.every(({ action, names }) => allowedGrant(statements, action, names, companionScoped(action)) !== undefined);
    if (!companions) continue;
    const found = allowedGrant(statements, path.action, covers, scoped);
    if (found) {
      open.add(path.action);
      const key = tokenKey(found.grant);
      const entry = byEntry.get(key) ?? { grant: found.grant, info: found.info, resource: found.resource, paths: [] };
      entry.paths.push(path);
      byEntry.set(key, entry);
      continue;
    }
    // Allowed on the caller's own user only: each user can raise their own permissions. A NotResource or a Deny
    // on every user, or on the caller's own, leaves out the caller.
    const own = path.selfEffect && allowedGrant(statements, path.action, namesCaller, scoped, (pattern) => namesCaller(pattern) || covers(pattern));
    if (own) selfGrants.push({ grant: own.grant, info: own.info, resource: own.resource, path });
  }
  for (const { grant, info, resource, paths } of byEntry.values()) {
    const [first] = paths;
    const place = placeNote({ info, action: first.action });
    if (grant.kind === 'action') {
      findings.report(grant, resource === 'NotResource' ? 'directNotResource' : 'direct', { action: grant.pattern, resource, effect: first.effect, kinds: first.kinds, place });
    } else if (paths.length === 1) {
      findings.report(grant, 'included', { grant: grantPhrase(grant, resource), action: first.action, effect: first.effect, kinds: first.kinds, place });
    } else {
      findings.report(grant, 'includedMany', { grant: grantPhrase(grant, resource), actions: andList(paths.map((p) => p.action), 3), place });
    }
  }
  for (const { grant, info, resource, path } of selfGrants) {
    findings.report(grant, 'self', { grant: grantOf(grant, onPhrase(resource), path.action), effect: path.selfEffect, place: placeNote({ info, action: path.action }) });
  }
  return open;
}

/** A Resource entry of an identity path, as tokens for patternsIntersect, with the statement that allows it. */
interface NamedEntry {
  grant: ActionGrant;
  info: Statement;
  /** The entry as written (`NotResource` for a statement with NotResource). */
  resource: string;
  tokens: Token[];
}

/**
 * A user whose name is `${aws:username}` or `${aws:userid}` is the caller itself, never a user it creates. Not
 * a role of that name (roles and users are named apart), nor a user whose name only holds the variable
 * (`user/${aws:username}-*`: other users, which the caller may create).
 */
const CALLER_NAME = /\/\$\{\s*aws:(?:username|userid)\s*\}$/i;

/**
 * Whether a condition closes a creation path: a selecting key of IAM or a resource tag (the new identity has
 * no tag the principal has not given it), except an `iam:PolicyARN` or `iam:PermissionsBoundary` whose values
 * admit AdministratorAccess (a boundary of AdministratorAccess bounds nothing); or a service other than
 * CloudFormation calling on the principal's behalf.
 */
function closesCreation(info: Statement, action: string): boolean {
  return readsScopingCondition(info, 'iam', action, ADMITTING_CREATION);
}

/**
 * Whether a Deny takes an action back on `entry` unless the identity has a permissions boundary the principal
 * cannot choose: `"StringNotEquals": {"iam:PermissionsBoundary": "<policy>"}` (or ArnNotEquals, a NotLike, with
 * or without IfExists) as its only condition, whose values do not admit AdministratorAccess. The Deny form of
 * the boundary condition closesCreation reads in an Allow.
 */
function deniedWithoutBoundary({ statement, path }: Statement, entry: string): boolean {
  if (statement.Effect !== 'Deny' || !isObject(statement.Condition) || !Array.isArray(statement.Resource)) return false;
  if (!statement.Resource.some((r) => typeof r === 'string' && (r === '*' || globMatches(r, entry, { caseSensitive: true })))) return false;
  const entries = conditionEntries(statement, path);
  return entries.length > 0 && entries.every((condition) => {
    const parsed = parseOperator(condition.operator);
    return condition.key.toLowerCase() === 'iam:permissionsboundary' && parsed !== undefined && parsed.negated
      && parsed.family !== 'Null' && !parsed.qualifier && condition.values.length > 0 && !admitsAdministratorAccess(condition);
  });
}

/**
 * The Resource entries through which the Allow statements let `action` reach an identity of the kind (`user/`),
 * as tokens; none that an unconditional Deny of the action covers, or a Deny unless a permissions boundary is
 * set (deniedWithoutBoundary), and none of a statement a condition closes.
 * NotResource reads as `"*"`, unless it leaves out every identity of the kind (`role/*`).
 */
function identityEntries(statements: readonly Statement[], action: string, kind: string): NamedEntry[] {
  const denials = statements.filter(({ statement, grants }) => grants.has(action) && statement.Effect === 'Deny');
  const names = namesKind('iam', kind);
  const out: NamedEntry[] = [];
  const everyOne = (pattern: string) => coversEveryResource(pattern, 'iam', `${kind}*`, { global: true });
  for (const info of statements) {
    const grant = info.statement.Effect === 'Allow' ? info.grants.get(action) : undefined;
    if (!grant || closesCreation(info, action)) continue;
    const { Resource, NotResource } = info.statement;
    const entries = Array.isArray(Resource) ? Resource
      : Array.isArray(NotResource) && !NotResource.some((r) => typeof r === 'string' && everyOne(r)) ? ['*'] : [];
    for (const entry of entries) {
      if (typeof entry !== 'string' || !names(entry) || (kind === 'user/' && CALLER_NAME.test(entry))) continue;
      if (denials.some((denial) => alwaysDenies(denial, action, (r) => globMatches(r, entry, { caseSensitive: true })))) continue;
      if (denials.some((denial) => deniedWithoutBoundary(denial, entry))) continue;
      const resource = Array.isArray(Resource) ? entry : 'NotResource';
      out.push({ grant, info, resource, tokens: arnPatternTokens(entry, entry.split(':').length < 6) });
    }
  }
  return out;
}

/** The entries, of any of the actions in order, whose pattern can name an identity that all of `with` can name. */
function* meetings(entriesOf: (action: string) => readonly NamedEntry[], actions: readonly string[], withEntries: readonly NamedEntry[]):
  Generator<{ action: string; entry: NamedEntry }> {
  for (const action of actions) {
    for (const entry of entriesOf(action)) {
      if (withEntries.every((other) => patternsIntersect(entry.tokens, other.tokens))) yield { action, entry };
    }
  }
}

/**
 * The paths through an identity the principal creates: the create action, an action that gives the identity
 * permissions and (for a user) one that signs in as it, on patterns that can name the same identity. Passed
 * over when one of the actions that give permissions is already open as a direct path (on every user or role):
 * that finding says more.
 */
function reportCreationPaths(statements: readonly Statement[], findings: Findings, openDirect: ReadonlySet<string>): void {
  for (const path of CREATION) {
    if (!statements.some(({ statement, grants }) => statement.Effect === 'Allow' && grants.has(path.create))) continue;
    if (path.grant.some((action) => openDirect.has(action))) continue;
    // The entries of the grant and use actions, read once for all the entries of the create action.
    const entries = new Map<string, readonly NamedEntry[]>();
    const entriesOf = (action: string) => {
      let found = entries.get(action);
      if (!found) entries.set(action, found = identityEntries(statements, action, path.kind));
      return found;
    };
    const step = ({ action, entry }: { action: string; entry: NamedEntry }) => `${action} ${onPhrase(entry.resource)} (statement ${entry.info.index})`;
    for (const created of identityEntries(statements, path.create, path.kind)) {
      // Every grant entry that can name the created identity, in order: the first that a use entry can name too
      // (with both) opens the path, and the finding names those two.
      let others: Array<{ action: string; entry: NamedEntry }> | undefined;
      for (const granted of meetings(entriesOf, path.grant, [created])) {
        if (path.use.length === 0) {
          others = [granted];
          break;
        }
        const [used] = meetings(entriesOf, path.use, [created, granted.entry]);
        if (used) {
          others = [granted, used];
          break;
        }
      }
      if (!others) continue;
      const { grant, resource } = created;
      // Where the statements of the path are limited to some Regions, the finding says so, as a direct path's does.
      const place = placeNote({ info: created.info, action: path.create }, ...others.map(({ action, entry }) => ({ info: entry.info, action })));
      findings.report(grant, 'created', {
        what: grantOf(grant, onPhrase(resource), path.create), others: others.map(step).join(' and '), kinds: path.kinds, effect: path.effect, place,
      });
      break;
    }
  }
}

/** iam:PassRole on every role, with the actions of a service that runs as the role. */
function reportPassRolePaths(statements: readonly Statement[], findings: Findings): void {
  // Read once for all the paths: each takes the first of these statements that lets the role go to its service.
  // A statement whose condition names a key iam:PassRole never carries (`ec2:InstanceType`) passes no role.
  const passRoles = allowingStatements(statements, 'iam:PassRole', coversEveryRole).filter((info) => !allowsNothing(info, 'iam:PassRole'));
  if (passRoles.length === 0) return;
  const reportedGroups = new Set<string>();
  for (const path of PASS_ROLE) {
    if (path.group !== undefined && reportedGroups.has(path.group)) continue;
    // Most policies that pass roles use one or two services: a path none of whose first-step actions any
    // statement lets through is passed over before its conditions are read.
    if (!path.steps[0].some((action) => statements.some(({ grants }) => grants.has(action)))) continue;
    const passRole = passRoles.find((info) => passesTo(info, path.passedTo) && !selectsRolesByTag(info) && !throughOtherServices(info));
    if (!passRole) continue;
    // A condition that pins the role the service uses (cloudformation:RoleArn) closes the path. A request without
    // the key passes no role of the principal's choosing, so `…IfExists` and `ForAllValues:` pin it too.
    // A value of "*" alone, under a Like operator, pins nothing.
    const pinsRole = (info: Statement) => path.roleKey !== undefined
      && conditionEntries(info.statement, info.path).some((entry) => entry.key.toLowerCase() === path.roleKey && limitsToValues(entry, 'limited')
        && !(parseOperator(entry.operator)?.wildcards && entry.values.some((v) => typeof v === 'string' && ONLY_STARS.test(v))));
    const granted = path.steps.map((step, i) => {
      for (const action of step) {
        // A statement that allows the action nothing (allowsNothing) grants no step either.
        const skip = (info: Statement) => (i === 0 && pinsRole(info)) || throughOtherServices(info) || allowsNothing(info, action);
        const found = serviceActionGrant(statements, action, skip);
        if (found) return { ...found, action };
      }
      return undefined;
    });
    const [first] = granted;
    if (!first || granted.some((step) => !step)) continue;
    const { grant, action, info } = first;
    const what = grant.kind === 'action' ? quoted(action)
      : grant.kind === 'wildcard' ? `${quoted(grant.pattern)}, which includes ${action},` : `NotAction, which allows ${action},`;
    findings.report(grant, 'passRole', { what, statement: passRole.index, effect: path.effect, place: placeNote({ info, action }, { info: passRole, action: 'iam:PassRole' }) });
    if (path.group !== undefined) reportedGroups.add(path.group);
  }
}

export default defineRule({
  id: 'privilege-escalation',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['direct', 'directNotResource', 'included', 'includedMany', 'self'], policy: ['passRole', 'created'] },
    unknownActions: { notAction: ['included', 'includedMany', 'self'], deny: ['direct', 'directNotResource', 'included', 'includedMany', 'self'], policy: ['passRole', 'created'] },
    policyTypes: ['identity'],
    docs: { description: 'An identity policy allows no known privilege escalation path, such as iam:AttachUserPolicy on every user or iam:PassRole on every role with ec2:RunInstances.' },
    messages: {
      direct: '"{{action}}" on "{{resource}}" is a privilege escalation path: it lets the principal {{effect}}{{place}}; allow it only on the {{kinds}} it must manage.',
      directNotResource: '"{{action}}" with NotResource is a privilege escalation path: it lets the principal {{effect}}{{place}}; allow it in Resource on the {{kinds}} it must manage.',
      included: '{{grant}} {{action}}, a privilege escalation path: it lets the principal {{effect}}{{place}}; allow only the actions the principal needs, or only on the {{kinds}} it must manage.',
      includedMany: '{{grant}} {{actions}}: privilege escalation paths, each a way for the principal to gain permissions this policy does not give{{place}}; allow only the actions the principal needs.',
      self: '{{grant}} is a privilege escalation path: it lets each user {{effect}}{{place}}; a user must not manage their own permissions.',
      passRole: '{{what}} with iam:PassRole on every role (statement {{statement}}) is a privilege escalation path: it lets the principal {{effect}}{{place}}; allow iam:PassRole only on the roles it must pass.',
      created: '{{what}} with {{others}} is a privilege escalation path through the {{kinds}} it creates, as these patterns can name the same one: it lets the principal {{effect}}{{place}}; require a permissions boundary on the {{kinds}} it creates and changes (an iam:PermissionsBoundary condition), or keep the patterns apart.',
    },
  },
  given: '$',
  check(_match, context) {
    const matches = statementMatches(context.policy);
    if (!matches.some(({ value }) => opensPath(value as NormalizedStatement))) return;
    // Only the statements that let some path action through matter, to allow it or to deny it.
    const statements: Statement[] = [];
    for (const { value, path } of matches) {
      const statement = value as NormalizedStatement;
      const grants = grantsOf(statement, path);
      if (grants) statements.push({ statement, path, index: path[1] as number, grants });
    }
    if (grantsEverything(statements)) return;

    const findings = new Findings(context);
    const openDirect = reportDirectPaths(statements, findings);
    reportCreationPaths(statements, findings, openDirect);
    reportPassRolePaths(statements, findings);
  },
});
