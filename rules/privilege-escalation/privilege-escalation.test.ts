import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { canonicalAction } from '../../src/iam/actions-db.js';
import rule, { PATH_ACTIONS } from './privilege-escalation.js';

const policy = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements });
const allow = (Action: string | string[], Resource: string | string[] = '*', extra: object = {}) => ({ Effect: 'Allow', Action, Resource, ...extra });
const passAnyRole = allow('iam:PassRole');
/** Batch actions on the job definitions of one prefix (a job needs a queue): not every job definition. */
/** The custom code interpreters of one prefix (and AWS's own, which the session actions also name). */
const interpretersAnalytics = ['arn:aws:bedrock-agentcore:*:111122223333:code-interpreter-custom/analytics*', 'arn:aws:bedrock-agentcore:*:aws:code-interpreter/*'];
/** The custom browsers of one prefix (and AWS's own, which bedrock-agentcore:StartBrowserSession also names). */
const browsersCrawler = ['arn:aws:bedrock-agentcore:*:111122223333:browser-custom/crawler-*', 'arn:aws:bedrock-agentcore:*:aws:browser/*'];
const batchReports = ['arn:aws:batch:*:111122223333:job-definition/reports-*', 'arn:aws:batch:*:111122223333:job-queue/*', 'arn:aws:batch:*:111122223333:job/*'];
/** eksctl's and Vault's name prefixes: roles and users the principal creates and configures. */
const eksctlRoles = 'arn:aws:iam::111122223333:role/eksctl-*';
const vaultUsers = 'arn:aws:iam::111122223333:user/vault-*';
const appBoundary = { StringEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/app-boundary' } };

new RuleTester().run(rule, {
  valid: [
    { name: 'attaching policies to the users of one path', code: policy(allow('iam:AttachUserPolicy', 'arn:aws:iam::111122223333:user/developers/*')) },
    { name: 'attaching policies to named roles', code: policy(allow(['iam:AttachRolePolicy', 'iam:PutRolePolicy'], 'arn:aws:iam::111122223333:role/app-worker')) },
    {
      name: 'iam:PolicyARN pins which policies may be attached',
      code: policy(allow('iam:AttachRolePolicy', '*', { Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } } })),
    },
    // A key the action's requests never carry (lambda:Layer is in lambda:UpdateFunctionConfiguration's, not in
    // lambda:UpdateFunctionCode's): under an operator false without the key, the statement allows the action nothing.
    ...[
      { 'ForAnyValue:StringEquals': { 'lambda:Layer': 'arn:aws:lambda:us-east-1:111122223333:layer:tools:1' } },
      { 'ForAnyValue:StringLike': { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/*' } },
    ].map((Condition) => ({
      name: `${Object.keys(Condition)[0]} on ${Object.keys(Object.values(Condition)[0])[0]}, a key lambda:UpdateFunctionCode never carries: nothing allowed`,
      code: policy(allow('lambda:UpdateFunctionCode', '*', { Condition })),
    })),
    {
      // The database lists no key for iam:AddUserToGroup; a key of another service is still never in its requests.
      name: 'a key of another service that iam:AddUserToGroup never carries, compared: nothing allowed',
      code: policy(allow('iam:AddUserToGroup', '*', { Condition: { NumericLessThanEquals: { 's3:max-keys': '10' } } })),
    },
    {
      // Requests for iam:CreateAccessKey never carry iam:PermissionsBoundary: "Null": false is false for them.
      name: 'a Null condition on a key iam:CreateAccessKey never carries: that statement creates no access key, so no user to sign in as',
      code: policy(allow(['iam:CreateUser', 'iam:PutUserPolicy', 'iam:CreateAccessKey'], vaultUsers, { Condition: { Null: { 'iam:PermissionsBoundary': 'false' } } })),
    },
    {
      name: 'a resource tag condition scopes the functions',
      code: policy(allow('lambda:UpdateFunctionCode', '*', { Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } } })),
    },
    // iam:AttachUserPolicy and the like always carry iam:PolicyARN (the call requires the policy's ARN): under
    // `…IfExists` or `ForAllValues:` the comparison still applies.
    ...[
      { ArnEqualsIfExists: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } },
      { 'ForAllValues:ArnEquals': { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } },
    ].map((Condition) => ({
      name: `${Object.keys(Condition)[0]} on iam:PolicyARN pins which policies may be attached`,
      code: policy(allow(['iam:AttachUserPolicy', 'iam:AttachGroupPolicy', 'iam:AttachRolePolicy'], '*', { Condition })),
    })),
    {
      name: 'ArnEqualsIfExists on iam:PolicyARN closes a creation path through iam:AttachRolePolicy',
      code: policy(allow('iam:CreateRole', eksctlRoles), allow('iam:AttachRolePolicy', eksctlRoles, { Condition: { ArnEqualsIfExists: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } } })),
    },
    {
      name: 'cloudformation:RoleArn under ArnEqualsIfExists pins the stack role: a request without it passes no role',
      code: policy(passAnyRole, allow('cloudformation:CreateStack', '*', { Condition: { ArnEqualsIfExists: { 'cloudformation:RoleArn': 'arn:aws:iam::111122223333:role/cfn-deployer' } } })),
    },
    {
      name: 'iam:PolicyARN limited to customer managed policies of a prefix',
      code: policy(allow(['iam:AttachRolePolicy', 'iam:AttachUserPolicy'], '*', { Condition: { ArnLike: { 'iam:PolicyARN': ['arn:aws:iam::111122223333:policy/app-*', 'arn:aws:iam::aws:policy/ReadOnlyAccess'] } } })),
    },
    {
      name: 'a positive operator on a resource tag scopes the functions (the negated one does not, below)',
      code: policy(allow('lambda:UpdateFunctionCode', '*', { Condition: { StringEquals: { 'aws:ResourceTag/team': 'web' } } })),
    },
    {
      name: 'a positive tag condition limits the roles that may be passed',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringLike: { 'iam:ResourceTag/team': 'web*' } } }), allow('ec2:RunInstances')),
    },
    // The IAM database lists iam:PassedToService, iam:AssociatedResourceArn and the role's tags for iam:PassRole:
    // a statement whose condition names another service's key, under an operator false without it, passes no
    // role; one that names iam:PassedToService allows ec2:RunInstances, which never carries it, nothing.
    {
      name: 'iam:PassRole under a condition on ec2:InstanceType, a key it never carries: no role passed',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'ec2:InstanceType': 't3.micro' } } }), allow('ec2:RunInstances')),
    },
    {
      name: 'iam:PassRole and ec2:RunInstances in one statement under ec2:InstanceType: no role passed',
      code: policy(allow(['iam:PassRole', 'ec2:RunInstances'], '*', { Condition: { StringEquals: { 'ec2:InstanceType': 't3.micro' } } })),
    },
    {
      name: 'iam:PassRole and ec2:RunInstances in one statement under iam:PassedToService: no instance launched',
      code: policy(allow(['iam:PassRole', 'ec2:RunInstances'], '*', { Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } })),
    },
    { name: 'iam:PassRole on one role with ec2:RunInstances', code: policy(allow('iam:PassRole', 'arn:aws:iam::111122223333:role/web-server'), allow('ec2:RunInstances')) },
    {
      name: 'the role may only be passed to Lambda, and the policy runs EC2 instances',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }), allow('ec2:RunInstances')),
    },
    {
      name: 'StringEquals reads "*" literally: no service is named "*"',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': '*' } } }), allow('ec2:RunInstances')),
    },
    { name: 'ec2:RunInstances limited to volumes launches nothing', code: policy(passAnyRole, allow('ec2:RunInstances', 'arn:aws:ec2:*:*:volume/*')) },
    {
      name: 'ec2:RunInstances on instances but on no image, subnet, security group or network interface',
      code: policy(passAnyRole, allow('ec2:RunInstances', ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:*:*:volume/*'])),
    },
    { name: 'lambda:CreateFunction on layers only creates no function', code: policy(passAnyRole, allow(['lambda:CreateFunction', 'lambda:InvokeFunction'], 'arn:aws:lambda:*:*:layer:*')) },
    { name: 'a service action on another service\'s resources', code: policy(passAnyRole, allow('sagemaker:CreateTrainingJob', 'arn:aws:s3:::training-data/*')) },
    { name: 'a Glue job created but never run', code: policy(passAnyRole, allow(['glue:CreateJob', 'glue:GetJob'])) },
    { name: 'a state machine created but never started', code: policy(passAnyRole, allow('states:CreateStateMachine')) },
    {
      name: 'the role may only be passed to Lambda, and the policy creates schedules',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }), allow('scheduler:CreateSchedule')),
    },
    { name: 'lambda:CreateFunction alone cannot run the function', code: policy(passAnyRole, allow('lambda:CreateFunction')) },
    {
      name: 'Batch: iam:PassRole on the job roles only',
      code: policy(allow('iam:PassRole', ['arn:aws:iam::111122223333:role/batch-job-reports', 'arn:aws:iam::111122223333:role/batch-job-etl']), allow(['batch:RegisterJobDefinition', 'batch:SubmitJob'], batchReports)),
    },
    {
      name: 'Batch: the role may only be passed to Lambda',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }), allow(['batch:RegisterJobDefinition', 'batch:SubmitJob'], batchReports)),
    },
    { name: 'Batch: a job definition registered but no job submitted', code: policy(passAnyRole, allow(['batch:RegisterJobDefinition', 'batch:DescribeJobDefinitions'])) },
    {
      name: 'Bedrock AgentCore: a code interpreter created and a session started, but no code run in it',
      code: policy(passAnyRole, allow(['bedrock-agentcore:CreateCodeInterpreter', 'bedrock-agentcore:StartCodeInterpreterSession'])),
    },
    {
      name: 'Bedrock AgentCore: iam:PassRole on one named role',
      code: policy(allow('iam:PassRole', 'arn:aws:iam::111122223333:role/code-interpreter'),
        allow(['bedrock-agentcore:CreateCodeInterpreter', 'bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter'], interpretersAnalytics)),
    },
    { name: 'builds started on the projects of one prefix', code: policy(allow(['codebuild:StartBuild', 'codebuild:BatchGetBuilds'], 'arn:aws:codebuild:*:111122223333:project/web-*')) },
    { name: 'Spot Instances requested, iam:PassRole on one role', code: policy(allow('iam:PassRole', 'arn:aws:iam::111122223333:role/web-server'), allow('ec2:RequestSpotInstances')) },
    { name: 'a presigned URL for one notebook instance', code: policy(allow('sagemaker:CreatePresignedNotebookInstanceUrl', 'arn:aws:sagemaker:eu-west-1:111122223333:notebook-instance/analytics')) },
    {
      name: 'change sets created on every stack but executed only on the team\'s',
      code: policy(allow('cloudformation:CreateChangeSet'), allow('cloudformation:ExecuteChangeSet', 'arn:aws:cloudformation:*:111122223333:stack/team-*/*')),
    },
    { name: 'a launch template version written but never made the default', code: policy(allow('ec2:CreateLaunchTemplateVersion')) },
    { name: 'instance attributes modified and instances stopped, never started', code: policy(allow(['ec2:ModifyInstanceAttribute', 'ec2:StopInstances'])) },
    {
      name: 'instance attributes modified on the instances of one tag',
      code: policy(allow(['ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances'], '*', { Condition: { StringEquals: { 'aws:ResourceTag/team': 'web' } } })),
    },
    { name: 'EC2 Instance Connect: a key pushed to one named instance', code: policy(allow('ec2-instance-connect:SendSSHPublicKey', 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0')) },
    {
      name: 'EC2 Instance Connect: an ec2:ResourceTag condition limits the instances',
      code: policy(allow('ec2-instance-connect:SendSSHPublicKey', '*', { Condition: { StringEquals: { 'ec2:ResourceTag/team': 'web', 'ec2:osuser': 'ec2-user' } } })),
    },
    {
      name: 'aws:CalledVia names a service other than CloudFormation: the service decides what the call does',
      code: policy(allow(['cloudformation:UpdateStack', 'tag:GetResources'], '*', { Condition: { 'ForAnyValue:StringEquals': { 'aws:CalledVia': 'servicecatalog-appregistry.amazonaws.com' } } })),
    },
    {
      name: 'aws:CalledViaFirst on the service action of a PassRole path',
      code: policy(passAnyRole, allow('ec2:RunInstances', '*', { Condition: { StringEquals: { 'aws:CalledViaFirst': 'mgn.amazonaws.com' } } })),
    },
    { name: 'SSM Automation: a runbook created but never started', code: policy(passAnyRole, allow(['ssm:CreateDocument', 'ssm:GetDocument'])) },
    {
      name: 'SSM Automation: the role may only be passed to Lambda',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }), allow(['ssm:CreateDocument', 'ssm:StartAutomationExecution'])),
    },
    { name: 'Batch: jobs submitted on every job definition but on no job queue', code: policy(allow('batch:SubmitJob', 'arn:aws:batch:*:111122223333:job-definition/*')) },
    {
      name: 'Bedrock AgentCore: sessions started in every custom code interpreter, but no code run',
      code: policy(allow(['bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:StopCodeInterpreterSession'])),
    },
    { name: 'App Runner: the services of one name prefix updated', code: policy(allow('apprunner:UpdateService', 'arn:aws:apprunner:*:111122223333:service/web-*')) },
    { name: 'ECS Exec into the tasks of one cluster', code: policy(allow(['ecs:ExecuteCommand', 'ecs:DescribeTasks'], ['arn:aws:ecs:*:111122223333:task/dev/*', 'arn:aws:ecs:*:111122223333:cluster/dev'])) },
    { name: 'ECS Exec on every task, but tasks never described', code: policy(allow('ecs:ExecuteCommand'), allow('ecs:DescribeTasks', 'arn:aws:ecs:*:111122223333:task/dev/*')) },
    {
      name: 'ECS: tasks run with overrides, but the role may only be passed to Lambda',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }), allow(['ecs:RunTask', 'ecs:StartTask'])),
    },
    { name: 'Glue interactive sessions with one named role', code: policy(allow('iam:PassRole', 'arn:aws:iam::111122223333:role/glue-sessions'), allow(['glue:CreateSession', 'glue:RunStatement'])) },
    { name: 'EMR Serverless: applications created, no job run started', code: policy(passAnyRole, allow(['emr-serverless:CreateApplication', 'emr-serverless:GetApplication'])) },
    {
      name: 'Image Builder: components, recipes and infrastructure configurations, but no image built',
      code: policy(passAnyRole, allow(['imagebuilder:CreateComponent', 'imagebuilder:CreateImageRecipe', 'imagebuilder:CreateInfrastructureConfiguration'])),
    },
    {
      name: 'Bedrock AgentCore: an agent runtime created, but no command run in it',
      code: policy(passAnyRole, allow(['bedrock-agentcore:CreateAgentRuntime', 'bedrock-agentcore:CreateAgentRuntimeEndpoint', 'bedrock-agentcore:CreateWorkloadIdentity'])),
    },
    {
      name: 'Bedrock AgentCore: custom browsers with the role passed to Lambda only',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }), allow('bedrock-agentcore:CreateBrowser'),
        allow(['bedrock-agentcore:StartBrowserSession', 'bedrock-agentcore:ConnectBrowserAutomationStream'], browsersCrawler)),
    },
    { name: 'Bedrock AgentCore: commands run in the agent runtimes of one prefix', code: policy(allow('bedrock-agentcore:InvokeAgentRuntimeCommand', 'arn:aws:bedrock-agentcore:*:111122223333:runtime/support_*')) },
    { name: 'Bedrock AgentCore: browser sessions started but never driven', code: policy(allow(['bedrock-agentcore:StartBrowserSession', 'bedrock-agentcore:StopBrowserSession'])) },
    {
      name: 'SageMaker: the notebook instances of one prefix updated with a lifecycle configuration',
      code: policy(allow(['sagemaker:StopNotebookInstance', 'sagemaker:UpdateNotebookInstance', 'sagemaker:StartNotebookInstance'], 'arn:aws:sagemaker:*:111122223333:notebook-instance/team-*'),
        allow('sagemaker:CreateNotebookInstanceLifecycleConfig')),
    },
    {
      name: 'SageMaker: every notebook instance updated, but no lifecycle configuration created',
      code: policy(allow(['sagemaker:StopNotebookInstance', 'sagemaker:UpdateNotebookInstance', 'sagemaker:StartNotebookInstance'])),
    },
    {
      name: 'CodeDeploy: deployments to the groups of one application',
      code: policy(allow(['codedeploy:CreateDeployment', 'codedeploy:RegisterApplicationRevision', 'codedeploy:GetDeploymentConfig'],
        ['arn:aws:codedeploy:*:111122223333:deploymentgroup:web/*', 'arn:aws:codedeploy:*:111122223333:application:web', 'arn:aws:codedeploy:*:111122223333:deploymentconfig:*'])),
    },
    {
      name: 'CodeDeploy: deployments to every group, but no revision registered',
      code: policy(allow(['codedeploy:CreateDeployment', 'codedeploy:GetDeploymentConfig'])),
    },
    { name: 'Braket: hybrid jobs with the role passed to SageMaker only', code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } }), allow('braket:CreateJob')) },
    { name: 'Cognito: identity pool roles set, iam:PassRole on the app\'s roles only', code: policy(allow('iam:PassRole', 'arn:aws:iam::111122223333:role/Cognito_app*'), allow('cognito-identity:SetIdentityPoolRoles')) },
    { name: 'GameLift: a fleet created, but no build uploaded', code: policy(passAnyRole, allow(['gamelift:CreateFleet', 'gamelift:DescribeFleetAttributes'])) },
    { name: 'Flink: an application created, never started', code: policy(passAnyRole, allow(['kinesisanalytics:CreateApplication', 'kinesisanalytics:DescribeApplication'])) },
    { name: 'HealthOmics: runs of existing workflows only', code: policy(passAnyRole, allow(['omics:StartRun', 'omics:GetRun'])) },
    { name: 'ECS Exec on every task but on no cluster, which it requires', code: policy(allow(['ecs:ExecuteCommand', 'ecs:DescribeTasks'], 'arn:aws:ecs:*:111122223333:task/*')) },
    { name: 'ECS Exec limited by ecs:cluster', code: policy(allow(['ecs:ExecuteCommand', 'ecs:DescribeTasks'], '*', { Condition: { ArnEquals: { 'ecs:cluster': 'arn:aws:ecs:eu-west-1:111122223333:cluster/dev' } } })) },
    { name: 'StackSets: a stack set created but no stack instance', code: policy(passAnyRole, allow(['cloudformation:CreateStackSet', 'cloudformation:DescribeStackSet'])) },
    {
      name: 'StackSets: cloudformation:RoleArn pins the administration role',
      code: policy(passAnyRole, allow(['cloudformation:CreateStackSet', 'cloudformation:CreateStackInstances', 'cloudformation:UpdateStackSet'], '*',
        { Condition: { ArnEquals: { 'cloudformation:RoleArn': 'arn:aws:iam::111122223333:role/AWSCloudFormationStackSetAdministrationRole' } } })),
    },
    {
      name: 'StackSets: the role may only be passed to Lambda',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }), allow('cloudformation:UpdateStackSet')),
    },
    {
      name: 'StackSets: iam:PassRole on the administration role only',
      code: policy(allow('iam:PassRole', 'arn:aws:iam::111122223333:role/AWSCloudFormationStackSetAdministrationRole'), allow(['cloudformation:CreateStackSet', 'cloudformation:CreateStackInstances'])),
    },
    {
      name: 'a tag condition limits the roles that may be passed',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'aws:ResourceTag/team': 'web' } } }), allow('ec2:RunInstances')),
    },
    {
      name: 'a command limited to one document that is not a shell',
      code: policy(allow('ssm:SendCommand', ['arn:aws:ssm:*:*:document/AWSEC2-CreateVssSnapshot', 'arn:aws:ec2:*:*:instance/*'])),
    },
    { name: 'sending a command needs a document', code: policy(allow('ssm:SendCommand', 'arn:aws:ec2:*:*:instance/*')) },
    {
      name: 'sessions limited to port forwarding',
      code: policy(allow('ssm:StartSession', ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ssm:*::document/AWS-StartPortForwardingSession'])),
    },
    { name: 'updating the stacks of one prefix', code: policy(allow('cloudformation:UpdateStack', 'arn:aws:cloudformation:*:111122223333:stack/web-*/*')) },
    {
      name: 'cloudformation:RoleArn pins the stack role',
      code: policy(passAnyRole, allow('cloudformation:CreateStack', '*', { Condition: { ArnEquals: { 'cloudformation:RoleArn': 'arn:aws:iam::111122223333:role/cfn-deployer' } } })),
    },
    {
      name: 'ec2:InstanceProfile pins the profile (and so the role) an instance gets',
      code: policy(passAnyRole, allow('ec2:RunInstances', '*', { Condition: { ArnEquals: { 'ec2:InstanceProfile': 'arn:aws:iam::111122223333:instance-profile/web' } } })),
    },
    {
      name: 'codebuild:serviceRole pins the role a project builds with',
      code: policy(passAnyRole, allow('codebuild:CreateProject', '*', { Condition: { StringEquals: { 'codebuild:serviceRole': 'arn:aws:iam::111122223333:role/build' } } }),
        allow('codebuild:StartBuild', 'arn:aws:codebuild:*:111122223333:project/build-*')),
    },
    { name: 'an unconditional Deny takes the action back', code: policy(allow('iam:AttachUserPolicy'), { Effect: 'Deny', Action: 'iam:*', Resource: '*' }) },
    { name: 'an administrator policy has nothing to escalate to', code: policy(allow('*'), allow('iam:PutRolePolicy')) },
    { name: '"*" under a condition is not this rule\'s', code: policy(allow('*', '*', { Condition: { Bool: { 'aws:ViaAWSService': 'true' } } })) },
    { name: 'credential actions on other users are self-service-resource-scope\'s', code: policy(allow(['iam:CreateAccessKey', 'iam:UpdateLoginProfile'], 'arn:aws:iam::*:user/*')) },
    { name: 'read-only IAM access', code: policy(allow(['iam:Get*', 'iam:List*'])) },
    { name: 'self-service credentials on their own user', code: policy(allow(['iam:CreateAccessKey', 'iam:ChangePassword', 'iam:ListAttachedUserPolicies'], 'arn:aws:iam::*:user/${aws:username}')) },
    { name: 'NotAction that excludes every path', code: policy({ Effect: 'Allow', NotAction: ['iam:*', 'glue:*', 'lambda:*', 'cloudformation:*', 'ssm:*', 'sagemaker:*', 'ec2:*', 'codebuild:*', 'ec2-instance-connect:*', 'ecs:*', 'apprunner:*', 'batch:*', 'bedrock-agentcore:*', 'codedeploy:*'], Resource: '*' }) },
    { name: 'resource policies are not checked', policyType: 'resource', code: policy({ ...allow('lambda:UpdateFunctionCode'), Principal: { AWS: '111122223333' } }) },
    {
      name: 'roles created and changed under a prefix only with a permissions boundary',
      code: policy(allow(['iam:CreateRole', 'iam:AttachRolePolicy', 'iam:PutRolePolicy'], eksctlRoles, { Condition: appBoundary })),
    },
    {
      name: 'roles created under a prefix, with only AWS managed read-only policies to attach',
      code: policy(allow('iam:CreateRole', eksctlRoles),
        allow('iam:AttachRolePolicy', eksctlRoles, { Condition: { ArnEquals: { 'iam:PolicyARN': ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/SecurityAudit'] } } })),
    },
    {
      name: 'roles created under one prefix, policies attached under another',
      code: policy(allow('iam:CreateRole', 'arn:aws:iam::111122223333:role/app-*'), allow('iam:AttachRolePolicy', 'arn:aws:iam::111122223333:role/svc-*')),
    },
    {
      name: 'users created and given policies, but no access key or password for them',
      code: policy(allow(['iam:CreateUser', 'iam:AttachUserPolicy', 'iam:PutUserPolicy'], vaultUsers)),
    },
    {
      name: 'access keys only for users of another prefix than those created and given policies',
      code: policy(allow(['iam:CreateUser', 'iam:AttachUserPolicy'], vaultUsers), allow('iam:CreateAccessKey', 'arn:aws:iam::111122223333:user/bot-*')),
    },
    {
      name: 'a Deny of iam:CreateRole unless the role gets the permissions boundary (the Deny form of the boundary condition)',
      code: policy(allow(['iam:CreateRole', 'iam:AttachRolePolicy', 'iam:PutRolePolicy'], eksctlRoles),
        { Effect: 'Deny', Action: 'iam:CreateRole', Resource: '*', Condition: { StringNotEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/app-boundary' } } }),
    },
    {
      name: 'a Deny of changing users without the permissions boundary, with ArnNotEquals',
      code: policy(allow(['iam:CreateUser', 'iam:AttachUserPolicy', 'iam:PutUserPolicy', 'iam:CreateAccessKey'], vaultUsers),
        { Effect: 'Deny', Action: ['iam:AttachUserPolicy', 'iam:PutUserPolicy'], Resource: 'arn:aws:iam::111122223333:user/*', Condition: { ArnNotEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/app-boundary' } } }),
    },
    {
      name: 'an unconditional Deny takes iam:CreateRole back on the prefix',
      code: policy(allow(['iam:CreateRole', 'iam:AttachRolePolicy'], eksctlRoles), { Effect: 'Deny', Action: 'iam:CreateRole', Resource: 'arn:aws:iam::*:role/*' }),
    },
    {
      name: 'NotResource that leaves out every user: iam:PutUserPolicy reaches no user, the caller\'s own neither',
      code: policy({ Effect: 'Allow', Action: 'iam:PutUserPolicy', NotResource: 'arn:aws:iam::*:user/*' }),
    },
    {
      name: 'an unconditional Deny on every user takes back iam:PutUserPolicy on the caller\'s own user',
      code: policy(allow('iam:PutUserPolicy', 'arn:aws:iam::*:user/${aws:username}'), { Effect: 'Deny', Action: 'iam:PutUserPolicy', Resource: 'arn:aws:iam::*:user/*' }),
    },
    {
      name: 'NotResource that leaves out every user and every role: iam:CreateUser and iam:CreateRole create none',
      code: policy({ Effect: 'Allow', Action: ['iam:CreateUser', 'iam:CreateRole'], NotResource: ['arn:aws:iam::*:user/*', 'arn:aws:iam::111122223333:role/*'] },
        allow(['iam:AttachUserPolicy', 'iam:CreateAccessKey'], vaultUsers), allow('iam:AttachRolePolicy', eksctlRoles)),
    },
    // Requests to a global service (IAM) are all made in us-east-1: a statement whose aws:RequestedRegion condition
    // leaves us-east-1 out allows its IAM actions nothing, whatever the operator's IfExists or qualifier (the key is
    // always there, with one value).
    ...[
      { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
      { StringEqualsIfExists: { 'aws:RequestedRegion': 'eu-west-1' } },
      { 'ForAnyValue:StringEquals': { 'aws:RequestedRegion': 'eu-west-1' } },
      { 'ForAllValues:StringEquals': { 'aws:RequestedRegion': 'eu-west-1' } },
      { StringLike: { 'aws:RequestedRegion': 'eu-*' } },
      { StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } },
      { StringNotLike: { 'aws:RequestedRegion': 'us-*' } },
      // StringEquals and StringLike compare case-sensitively; Region names are lower case.
      { StringEquals: { 'aws:RequestedRegion': 'US-EAST-1' } },
      { StringLike: { 'aws:RequestedRegion': 'US-*' } },
    ].map((Condition) => ({
      name: `${JSON.stringify(Condition)} leaves out us-east-1, where IAM's requests are made: the IAM paths are closed`,
      code: policy(allow(['iam:AttachUserPolicy', 'iam:PutRolePolicy', 'iam:CreatePolicyVersion'], '*', { Condition })),
    })),
    {
      name: 'a creation path through a statement limited to eu-west-1 is closed',
      code: policy(allow('iam:CreateRole', eksctlRoles, { Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }), allow('iam:AttachRolePolicy', eksctlRoles)),
    },
    {
      name: 'a creation path whose grant step is limited to eu-west-1 is closed',
      code: policy(allow(['iam:CreateUser', 'iam:CreateAccessKey'], vaultUsers), allow('iam:PutUserPolicy', vaultUsers, { Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } })),
    },
    // A Deny of requests outside eu-west-1 applies to every request to IAM (made in us-east-1): it takes the IAM actions back.
    {
      name: 'a Deny of IAM outside eu-west-1 takes back the direct path',
      code: policy(allow('iam:CreatePolicyVersion'), { Effect: 'Deny', Action: 'iam:*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }),
    },
    {
      name: 'a Deny of every action outside eu-west-1 takes back iam:CreateRole on the prefix: no creation path',
      code: policy(allow(['iam:CreateRole', 'iam:AttachRolePolicy'], eksctlRoles), { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotLike: { 'aws:RequestedRegion': 'eu-*' } } }),
    },
    // In the GovCloud and China partitions IAM's requests are made in us-gov-west-1 and cn-north-1: a condition
    // written for one of them (its values name its Regions) that leaves that Region out closes the IAM paths too.
    ...[
      { StringEquals: { 'aws:RequestedRegion': 'us-gov-east-1' } },
      { StringEquals: { 'aws:RequestedRegion': 'cn-northwest-1' } },
      { StringNotEquals: { 'aws:RequestedRegion': ['us-gov-west-1', 'cn-north-1'] } },
    ].map((Condition) => ({
      name: `${JSON.stringify(Condition)} leaves out the Region of IAM's requests in its partition: the IAM paths are closed`,
      code: policy(allow(['iam:AttachUserPolicy', 'iam:PutRolePolicy', 'iam:CreatePolicyVersion'], '*', { Condition })),
    })),
    {
      name: 'a GovCloud Deny outside us-gov-east-1 applies to every request to IAM there (made in us-gov-west-1): it takes the IAM actions back',
      code: policy(allow('iam:CreatePolicyVersion'), { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'us-gov-east-1' } } }),
    },
    // Beside a Null "false" on the same key, …IfExists and ForAllValues: compare as the plain operator does: the
    // request must have the key (nullRequiresKey, as pass-role-scope and service-principal-source read it).
    ...[
      { StringEqualsIfExists: { 'aws:ResourceTag/team': 'web' }, Null: { 'aws:ResourceTag/team': 'false' } },
      { 'ForAllValues:StringEquals': { 'aws:ResourceTag/team': 'web' }, Null: { 'aws:ResourceTag/team': 'false' } },
    ].map((Condition) => ({
      name: `${Object.keys(Condition)[0]} on a resource tag beside a Null "false" on it limits the functions`,
      code: policy(allow('lambda:UpdateFunctionCode', '*', { Condition })),
    })),
    {
      name: 'a permissions boundary under StringEqualsIfExists beside a Null "false" on it closes a creation path',
      code: policy(allow(['iam:CreateRole', 'iam:AttachRolePolicy'], eksctlRoles, { Condition: {
        StringEqualsIfExists: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/app-boundary' }, Null: { 'iam:PermissionsBoundary': 'false' } } })),
    },
    {
      name: 'iam:PassedToService under StringEqualsIfExists beside a Null "false" on it: the role goes to Lambda only, not to EC2',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEqualsIfExists: { 'iam:PassedToService': 'lambda.amazonaws.com' }, Null: { 'iam:PassedToService': 'false' } } }), allow('ec2:RunInstances')),
    },
    {
      name: 'a role tag under StringEqualsIfExists beside a Null "false" on it limits the roles iam:PassRole may pass',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEqualsIfExists: { 'iam:ResourceTag/team': 'web' }, Null: { 'iam:ResourceTag/team': 'false' } } }), allow('ec2:RunInstances')),
    },
  ],
  invalid: [
    {
      name: 'eksctl: roles created, given policies and assumed under one prefix',
      code: policy(allow(['iam:CreateRole', 'iam:AttachRolePolicy', 'iam:PutRolePolicy', 'iam:GetRole'], eksctlRoles)),
      errors: [{
        messageId: 'created', line: 7, column: 17, endColumn: 33,
        message: '"iam:CreateRole" on "arn:aws:iam::111122223333:role/eksctl-*" with iam:AttachRolePolicy on "arn:aws:iam::111122223333:role/eksctl-*" (statement 0) is a privilege escalation path through the roles it creates, as these patterns can name the same one: it lets the principal create a role whose trust policy names a principal of its choosing (itself, or one in an account it controls), attach AdministratorAccess to it or write an inline policy into it, and assume it; require a permissions boundary on the roles it creates and changes (an iam:PermissionsBoundary condition), or keep the patterns apart.',
      }],
    },
    {
      name: 'Vault: users created, given policies and access keys under one prefix',
      code: policy(allow(['iam:AttachUserPolicy', 'iam:CreateAccessKey', 'iam:CreateUser', 'iam:DeleteUser'], vaultUsers)),
      errors: [{
        messageId: 'created', line: 9, column: 17,
        message: '"iam:CreateUser" on "arn:aws:iam::111122223333:user/vault-*" with iam:AttachUserPolicy on "arn:aws:iam::111122223333:user/vault-*" (statement 0) and iam:CreateAccessKey on "arn:aws:iam::111122223333:user/vault-*" (statement 0) is a privilege escalation path through the users it creates, as these patterns can name the same one: it lets the principal create a user, attach AdministratorAccess to it or write an inline policy into it, and sign in as that user with an access key or a password of its own; require a permissions boundary on the users it creates and changes (an iam:PermissionsBoundary condition), or keep the patterns apart.',
      }],
    },
    {
      name: 'a user created anywhere, an inline policy and a password on a prefix (patterns that overlap, in three statements)',
      code: policy(allow('iam:CreateUser'), allow('iam:PutUserPolicy', 'arn:aws:iam::*:user/ci-*'), allow('iam:CreateLoginProfile', 'arn:aws:iam::111122223333:user/ci-deploy')),
      errors: [{
        messageId: 'created', line: 6, column: 23,
        message: '"iam:CreateUser" on "*" with iam:PutUserPolicy on "arn:aws:iam::*:user/ci-*" (statement 1) and iam:CreateLoginProfile on "arn:aws:iam::111122223333:user/ci-deploy" (statement 2) is a privilege escalation path through the users it creates, as these patterns can name the same one: it lets the principal create a user, attach AdministratorAccess to it or write an inline policy into it, and sign in as that user with an access key or a password of its own; require a permissions boundary on the users it creates and changes (an iam:PermissionsBoundary condition), or keep the patterns apart.',
      }],
    },
    {
      name: 'every grant entry counts: policies on user/a* (no access key there) and on user/b* (access keys there too)',
      code: policy(allow('iam:CreateUser', 'arn:aws:iam::*:user/*'), allow('iam:AttachUserPolicy', 'arn:aws:iam::*:user/a*'),
        allow('iam:AttachUserPolicy', 'arn:aws:iam::*:user/b*'), allow('iam:CreateAccessKey', 'arn:aws:iam::*:user/b*')),
      errors: [{
        messageId: 'created', line: 6, column: 23,
        message: '"iam:CreateUser" on "arn:aws:iam::*:user/*" with iam:AttachUserPolicy on "arn:aws:iam::*:user/b*" (statement 2) and iam:CreateAccessKey on "arn:aws:iam::*:user/b*" (statement 3) is a privilege escalation path through the users it creates, as these patterns can name the same one: it lets the principal create a user, attach AdministratorAccess to it or write an inline policy into it, and sign in as that user with an access key or a password of its own; require a permissions boundary on the users it creates and changes (an iam:PermissionsBoundary condition), or keep the patterns apart.',
      }],
    },
    {
      name: 'every grant entry counts, of either grant action: an inline policy on user/b* after attached ones on user/a*',
      code: policy(allow('iam:CreateUser'), allow('iam:AttachUserPolicy', 'arn:aws:iam::*:user/a*'),
        allow(['iam:PutUserPolicy', 'iam:CreateLoginProfile'], 'arn:aws:iam::*:user/b*')),
      errors: [{
        messageId: 'created', line: 6, column: 23,
        message: '"iam:CreateUser" on "*" with iam:PutUserPolicy on "arn:aws:iam::*:user/b*" (statement 2) and iam:CreateLoginProfile on "arn:aws:iam::*:user/b*" (statement 2) is a privilege escalation path through the users it creates, as these patterns can name the same one: it lets the principal create a user, attach AdministratorAccess to it or write an inline policy into it, and sign in as that user with an access key or a password of its own; require a permissions boundary on the users it creates and changes (an iam:PermissionsBoundary condition), or keep the patterns apart.',
      }],
    },
    {
      name: 'a Deny unless some boundary is set (Null), unless a boundary of AdministratorAccess, or beside another condition, does not close the path',
      code: policy(allow(['iam:CreateRole', 'iam:PutRolePolicy'], eksctlRoles),
        { Effect: 'Deny', Action: 'iam:CreateRole', Resource: '*', Condition: { Null: { 'iam:PermissionsBoundary': 'true' } } },
        { Effect: 'Deny', Action: 'iam:CreateRole', Resource: '*', Condition: { StringNotLike: { 'iam:PermissionsBoundary': 'arn:aws:iam::*:policy/*' } } },
        { Effect: 'Deny', Action: 'iam:CreateRole', Resource: '*', Condition: { StringNotEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/app-boundary' }, Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }),
      errors: [{ messageId: 'created', line: 7, column: 17 }],
    },
    {
      name: 'a wildcard that includes iam:CreateRole on a prefix',
      code: policy(allow('iam:*', eksctlRoles)),
      errors: [{ messageId: 'created', line: 6, column: 23, message: '"iam:*" on "arn:aws:iam::111122223333:role/eksctl-*" (which includes iam:CreateRole) with iam:AttachRolePolicy on "arn:aws:iam::111122223333:role/eksctl-*" (statement 0) is a privilege escalation path through the roles it creates, as these patterns can name the same one: it lets the principal create a role whose trust policy names a principal of its choosing (itself, or one in an account it controls), attach AdministratorAccess to it or write an inline policy into it, and assume it; require a permissions boundary on the roles it creates and changes (an iam:PermissionsBoundary condition), or keep the patterns apart.' }],
    },
    {
      name: 'an iam:PolicyARN condition that admits every AWS managed policy does not close the path',
      code: policy(allow('iam:CreateRole', eksctlRoles), allow('iam:AttachRolePolicy', eksctlRoles, { Condition: { ArnLike: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/*' } } })),
      errors: [{ messageId: 'created', line: 6, column: 23 }],
    },
    {
      name: 'a permissions boundary condition that admits AdministratorAccess, or only asks for some boundary, does not close the path',
      code: policy(
        allow(['iam:CreateRole', 'iam:PutRolePolicy'], eksctlRoles, { Condition: { StringLike: { 'iam:PermissionsBoundary': 'arn:aws:iam::aws:policy/*' } } }),
        allow(['iam:CreateUser', 'iam:PutUserPolicy'], vaultUsers, { Condition: { Null: { 'iam:PermissionsBoundary': 'false' } } }),
        allow('iam:CreateAccessKey', vaultUsers),
      ),
      errors: [{ messageId: 'created', line: 7, column: 17 }, { messageId: 'created', line: 20, column: 17 }],
    },
    {
      name: 'one finding when the policies may be attached to every role: the direct path',
      code: policy(allow('iam:CreateRole', eksctlRoles), allow('iam:AttachRolePolicy')),
      errors: [{ messageId: 'direct', line: 11, column: 23 }],
    },
    {
      name: 'policies on the caller\'s own user are the self path, not one through a user it creates',
      code: policy(allow(['iam:CreateUser', 'iam:CreateAccessKey'], vaultUsers), allow('iam:PutUserPolicy', 'arn:aws:iam::*:user/${aws:username}')),
      errors: [{ messageId: 'self', line: 14, column: 23 }],
    },
    {
      name: 'roles named after the caller: ${aws:username} names a user, so the caller can create a role of any name it matches',
      code: policy(allow(['iam:CreateRole', 'iam:AttachRolePolicy'], 'arn:aws:iam::111122223333:role/${aws:username}-*')),
      errors: [{
        messageId: 'created', line: 7, column: 17,
        message: '"iam:CreateRole" on "arn:aws:iam::111122223333:role/${aws:username}-*" with iam:AttachRolePolicy on "arn:aws:iam::111122223333:role/${aws:username}-*" (statement 0) is a privilege escalation path through the roles it creates, as these patterns can name the same one: it lets the principal create a role whose trust policy names a principal of its choosing (itself, or one in an account it controls), attach AdministratorAccess to it or write an inline policy into it, and assume it; require a permissions boundary on the roles it creates and changes (an iam:PermissionsBoundary condition), or keep the patterns apart.',
      }],
    },
    {
      name: 'users whose name starts with the caller\'s: other users than the caller',
      code: policy(allow(['iam:CreateUser', 'iam:PutUserPolicy', 'iam:CreateAccessKey'], 'arn:aws:iam::111122223333:user/${aws:username}-*')),
      errors: [{ messageId: 'created', line: 7, column: 17 }],
    },
    {
      name: 'attaching any policy to any user',
      code: policy(allow('iam:AttachUserPolicy')),
      errors: [{
        messageId: 'direct', line: 6, column: 23, endColumn: 45,
        message: '"iam:AttachUserPolicy" on "*" is a privilege escalation path: it lets the principal attach any managed policy, AdministratorAccess included, to any user; allow it only on the users it must manage.',
      }],
    },
    {
      name: 'the action name in another case, with a space before it (IAM reads names case-insensitively)',
      code: policy(allow(' IAM:attachUserPolicy')),
      errors: [{
        messageId: 'direct', line: 6, column: 23, endColumn: 46,
        message: '" IAM:attachUserPolicy" on "*" is a privilege escalation path: it lets the principal attach any managed policy, AdministratorAccess included, to any user; allow it only on the users it must manage.',
      }],
    },
    {
      name: 'every role of an account',
      code: policy(allow('iam:PutRolePolicy', 'arn:aws:iam::111122223333:role/*')),
      errors: [{
        messageId: 'direct', line: 6, column: 23,
        message: '"iam:PutRolePolicy" on "arn:aws:iam::111122223333:role/*" is a privilege escalation path: it lets the principal write an inline policy that allows anything into any role; allow it only on the roles it must manage.',
      }],
    },
    {
      name: 'a condition on when does not scope what',
      code: policy(allow('iam:UpdateAssumeRolePolicy', '*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    // A comparison true for a request without the key limits nothing: `…IfExists` and `ForAllValues:` let
    // through every function without the tag, every user without a permissions boundary.
    ...[
      { StringEqualsIfExists: { 'aws:ResourceTag/team': 'web' } },
      { 'ForAllValues:StringEquals': { 'aws:ResourceTag/team': 'web' } },
    ].map((Condition) => ({
      name: `${Object.keys(Condition)[0]} on a resource tag leaves every function without the tag open`,
      code: policy(allow('lambda:UpdateFunctionCode', '*', { Condition })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    })),
    ...[
      { StringEqualsIfExists: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/app-boundary' } },
      { 'ForAllValues:ArnEquals': { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/app-boundary' } },
    ].map((Condition) => ({
      name: `${Object.keys(Condition)[0]} on iam:PermissionsBoundary leaves every user without a boundary open`,
      code: policy(allow('iam:PutUserPolicy', '*', { Condition })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    })),
    // The same key under an operator true without it: the condition holds for every request of the action.
    ...[
      { 'ForAnyValue:StringEqualsIfExists': { 'lambda:Layer': 'arn:aws:lambda:us-east-1:111122223333:layer:tools:1' } },
      { 'ForAllValues:StringEquals': { 'lambda:Layer': 'arn:aws:lambda:us-east-1:111122223333:layer:tools:1' } },
    ].map((Condition) => ({
      name: `${Object.keys(Condition)[0]} on lambda:Layer, a key lambda:UpdateFunctionCode never carries, leaves every function open`,
      code: policy(allow('lambda:UpdateFunctionCode', '*', { Condition })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    })),
    {
      name: 'ArnEqualsIfExists on iam:PolicyARN limits the Attach…Policy calls (they always carry it), not iam:PutUserPolicy (never)',
      code: policy(allow(['iam:AttachUserPolicy', 'iam:PutUserPolicy'], '*', { Condition: { ArnEqualsIfExists: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } } })),
      errors: [{ messageId: 'direct', line: 8, column: 17 }],
    },
    {
      name: 'EC2 Instance Connect: ec2:ResourceTag under StringEqualsIfExists leaves every instance without the tag open',
      code: policy(allow('ec2-instance-connect:SendSSHPublicKey', '*', { Condition: { StringEqualsIfExists: { 'ec2:ResourceTag/team': 'web' } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'a role tag under StringEqualsIfExists on iam:PassRole leaves every role without the tag',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEqualsIfExists: { 'iam:ResourceTag/team': 'web' } } }), allow('ec2:RunInstances')),
      errors: [{ messageId: 'passRole', line: 16, column: 23 }],
    },
    {
      name: 'a permissions boundary under StringEqualsIfExists does not close a creation path: a role created without one passes',
      code: policy(allow(['iam:CreateRole', 'iam:AttachRolePolicy'], eksctlRoles, { Condition: { StringEqualsIfExists: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/app-boundary' } } })),
      errors: [{ messageId: 'created', line: 7, column: 17 }],
    },
    {
      name: 'a negated operator on the service\'s key leaves every other policy open',
      code: policy(allow('iam:AttachRolePolicy', '*', { Condition: { ArnNotEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess' } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'a negated operator on a resource tag leaves every function without that tag open',
      code: policy(allow('lambda:UpdateFunctionCode', '*', { Condition: { StringNotEquals: { 'aws:ResourceTag/team': 'payments' } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'Null asks only that the key be there: any permissions boundary, AdministratorAccess included',
      code: policy(allow('iam:PutUserPolicy', '*', { Condition: { Null: { 'iam:PermissionsBoundary': 'false' } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'Null on a resource tag: every function with the tag, whatever its value',
      code: policy(allow('lambda:UpdateFunctionCode', '*', { Condition: { Null: { 'aws:ResourceTag/team': 'false' } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'StringNotLike on the service\'s key',
      code: policy(allow('glue:UpdateDevEndpoint', '*', { Condition: { StringNotLike: { 'glue:VpcIds': 'vpc-0123*' } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'a negated tag condition on iam:PassRole leaves every other role',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringNotEquals: { 'aws:ResourceTag/tier': 'admin' } } }), allow('ec2:RunInstances')),
      errors: [{ messageId: 'passRole', line: 16, column: 23 }],
    },
    {
      name: 'ec2:InstanceProfile "*" under ArnLike pins nothing',
      code: policy(passAnyRole, allow('ec2:RunInstances', '*', { Condition: { ArnLike: { 'ec2:InstanceProfile': '*' } } })),
      errors: [{ messageId: 'passRole', line: 11, column: 23 }],
    },
    {
      name: 'ArnNotEquals on cloudformation:RoleArn does not pin the stack role',
      code: policy(passAnyRole, allow('cloudformation:CreateStack', '*', { Condition: { ArnNotEquals: { 'cloudformation:RoleArn': 'arn:aws:iam::111122223333:role/admin' } } })),
      errors: [{ messageId: 'passRole', line: 11, column: 23 }],
    },
    {
      name: 'iam:PolicyARN that admits every AWS managed policy admits AdministratorAccess',
      code: policy(allow('iam:AttachUserPolicy', '*', { Condition: { ArnLike: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/*' } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'iam:PolicyARN "*" under StringLike',
      code: policy(allow('iam:AttachGroupPolicy', '*', { Condition: { StringLike: { 'iam:PolicyARN': ['arn:aws:iam::111122223333:policy/app-*', '*'] } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'iam:PolicyARN naming AdministratorAccess itself',
      code: policy(allow('iam:AttachRolePolicy', 'arn:aws:iam::111122223333:role/*', { Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess' } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'a conditional Deny does not take it back',
      code: policy(allow('iam:CreatePolicyVersion'), { Effect: 'Deny', Action: 'iam:*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'NotResource',
      code: policy({ Effect: 'Allow', Action: 'iam:AddUserToGroup', NotResource: 'arn:aws:iam::111122223333:group/admins' }),
      errors: [{
        messageId: 'directNotResource', line: 6, column: 23,
        message: '"iam:AddUserToGroup" with NotResource is a privilege escalation path: it lets the principal add any user to any group, an administrators group included; allow it in Resource on the groups it must manage.',
      }],
    },
    {
      name: 'NotResource that leaves out some users, or only other kinds of resource, leaves the users open',
      code: policy({ Effect: 'Allow', Action: 'iam:PutUserPolicy', NotResource: 'arn:aws:iam::*:user/admin*' },
        { Effect: 'Allow', Action: 'iam:AttachUserPolicy', NotResource: ['arn:aws:s3:::*', 'arn:aws:iam::*:role/*'] }),
      errors: [{ messageId: 'directNotResource', line: 6, column: 23 }, { messageId: 'directNotResource', line: 11, column: 23 }],
    },
    {
      name: 'NotResource that leaves out only some users: a user it creates may still be given policies',
      code: policy({ Effect: 'Allow', Action: 'iam:CreateUser', NotResource: 'arn:aws:iam::*:user/admin*' }, allow(['iam:PutUserPolicy', 'iam:CreateAccessKey'], vaultUsers)),
      errors: [{
        messageId: 'created', line: 6, column: 23,
        message: '"iam:CreateUser" with NotResource with iam:PutUserPolicy on "arn:aws:iam::111122223333:user/vault-*" (statement 1) and iam:CreateAccessKey on "arn:aws:iam::111122223333:user/vault-*" (statement 1) is a privilege escalation path through the users it creates, as these patterns can name the same one: it lets the principal create a user, attach AdministratorAccess to it or write an inline policy into it, and sign in as that user with an access key or a password of its own; require a permissions boundary on the users it creates and changes (an iam:PermissionsBoundary condition), or keep the patterns apart.',
      }],
    },
    {
      name: 'a wildcard that includes one path',
      code: policy(allow('lambda:UpdateFunctionCod*')),
      errors: [{
        messageId: 'included', line: 6, column: 23,
        message: '"lambda:UpdateFunctionCod*" on "*" includes lambda:UpdateFunctionCode, a privilege escalation path: it lets the principal replace the code of any Lambda function and act with the function\'s execution role; allow only the actions the principal needs, or only on the functions it must manage.',
      }],
    },
    {
      name: 'a wildcard that includes two paths',
      code: policy(allow('lambda:Update*')),
      errors: [{
        messageId: 'includedMany', line: 6, column: 23,
        message: '"lambda:Update*" on "*" includes lambda:UpdateFunctionCode and lambda:UpdateFunctionConfiguration: privilege escalation paths, each a way for the principal to gain permissions this policy does not give; allow only the actions the principal needs.',
      }],
    },
    {
      name: 'lambda:UpdateFunctionConfiguration on every function: a layer, NODE_OPTIONS, JAVA_TOOL_OPTIONS or AWS_LAMBDA_EXEC_WRAPPER',
      code: policy(allow('lambda:UpdateFunctionConfiguration', 'arn:aws:lambda:*:111122223333:function:*')),
      errors: [{
        messageId: 'direct', line: 6, column: 23,
        message: '"lambda:UpdateFunctionConfiguration" on "arn:aws:lambda:*:111122223333:function:*" is a privilege escalation path: it lets the principal add a layer it controls to any Lambda function, or set the environment variables NODE_OPTIONS, JAVA_TOOL_OPTIONS or AWS_LAMBDA_EXEC_WRAPPER that make the runtime load its code at start, code that then runs with the function\'s execution role; allow it only on the functions it must manage.',
      }],
    },
    {
      name: 'iam:* is one finding',
      code: policy(allow('iam:*')),
      errors: [{
        messageId: 'includedMany', line: 6, column: 23,
        message: '"iam:*" on "*" includes iam:CreatePolicyVersion, iam:SetDefaultPolicyVersion, iam:AttachUserPolicy and 7 more: privilege escalation paths, each a way for the principal to gain permissions this policy does not give; allow only the actions the principal needs.',
      }],
    },
    {
      name: 'PowerUserAccess: NotAction leaves Glue and Lambda open',
      code: policy({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }),
      errors: [{
        messageId: 'includedMany', line: 6, column: 13, endColumn: 24,
        message: 'NotAction on "*" allows glue:UpdateDevEndpoint, lambda:UpdateFunctionCode, lambda:UpdateFunctionConfiguration and 18 more: privilege escalation paths, each a way for the principal to gain permissions this policy does not give; allow only the actions the principal needs.',
      }],
    },
    {
      name: 'iam:PassRole on every role, and ec2:RunInstances in another statement',
      code: policy(allow('ec2:RunInstances'), passAnyRole),
      errors: [{
        messageId: 'passRole', line: 6, column: 23, endColumn: 41,
        message: '"ec2:RunInstances" with iam:PassRole on every role (statement 1) is a privilege escalation path: it lets the principal start an EC2 instance with any role and use the role\'s credentials from it; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'StringLike "*" lets the role go to any service',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringLike: { 'iam:PassedToService': '*.amazonaws.com' } } }), allow('ec2:RunInstances')),
      errors: [{ messageId: 'passRole', line: 16, column: 23 }],
    },
    // As for pass-role-scope: only a positive operator that is false without the key limits the services.
    ...[
      { StringEqualsIfExists: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
      { 'ForAllValues:StringEquals': { 'iam:PassedToService': 'lambda.amazonaws.com' } },
      { StringNotEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
      { Null: { 'iam:PassedToService': 'false' } },
    ].map((Condition) => ({
      name: `${Object.keys(Condition)[0]} on iam:PassedToService does not keep the role from EC2`,
      code: policy(allow('iam:PassRole', '*', { Condition }), allow('ec2:RunInstances')),
      errors: [{ messageId: 'passRole', line: 16, column: 23 }],
    })),
    {
      name: 'iam:PassedToService that names the same service keeps the path open',
      code: policy(allow('iam:PassRole', 'arn:aws:iam::*:role/*', { Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } }), allow(['ec2:RunInstances', 'ec2:Describe*'])),
      errors: [{ messageId: 'passRole', line: 17, column: 17 }],
    },
    {
      name: 'Lambda: create a function and invoke it',
      code: policy(passAnyRole, allow(['lambda:CreateFunction', 'lambda:InvokeFunction'])),
      errors: [{
        messageId: 'passRole', line: 12, column: 17,
        message: '"lambda:CreateFunction" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create a Lambda function with any role as its execution role and run it; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'a service wildcard',
      code: policy(allow(['iam:PassRole', 'states:*'])),
      errors: [{
        messageId: 'passRole', line: 8, column: 17,
        message: '"states:*", which includes states:CreateStateMachine, with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create a Step Functions state machine with any role, whose AWS SDK tasks call almost any AWS API as that role, and start it; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'one finding per token: "ecs:*" on "*" is reported as ECS Exec on every task, before the task definition PassRole path',
      code: policy(allow(['iam:PassRole', 'ecs:*'])),
      errors: [{
        messageId: 'included', line: 8, column: 17,
        message: '"ecs:*" on "*" includes ecs:ExecuteCommand, a privilege escalation path: it lets the principal open a shell in any running ECS task that has ECS Exec enabled (found with ecs:DescribeTasks) and act with the task\'s role; allow only the actions the principal needs, or only on the tasks it must manage.',
      }],
    },
    {
      name: 'updating any stack: CloudFormation acts with the role the stack already has',
      code: policy(allow('cloudformation:UpdateStack*')),
      errors: [{
        messageId: 'included', line: 6, column: 23,
        message: '"cloudformation:UpdateStack*" on "*" includes cloudformation:UpdateStack, a privilege escalation path: it lets the principal change the template of any CloudFormation stack, which then acts with the stack\'s service role; allow only the actions the principal needs, or only on the stacks it must manage.',
      }],
    },
    {
      name: '"cloudformation:*" includes both ways to change a stack that acts with its role',
      code: policy(allow('cloudformation:*')),
      errors: [{
        messageId: 'includedMany', line: 6, column: 23,
        message: '"cloudformation:*" on "*" includes cloudformation:UpdateStack and cloudformation:CreateChangeSet: privilege escalation paths, each a way for the principal to gain permissions this policy does not give; allow only the actions the principal needs.',
      }],
    },
    {
      name: 'running commands on every instance',
      code: policy(allow(['ssm:SendCommand', 'ssm:ListCommands'], ['arn:aws:ssm:*:*:document/AWS-RunShellScript', 'arn:aws:ec2:*:111122223333:instance/*'])),
      errors: [{
        messageId: 'direct', line: 7, column: 17,
        message: '"ssm:SendCommand" on "arn:aws:ec2:*:111122223333:instance/*" is a privilege escalation path: it lets the principal run commands on any EC2 instance that Systems Manager manages and act with the instance\'s role; allow it only on the instances it must manage.',
      }],
    },
    {
      name: 'a session on every instance with no document named opens the default shell',
      code: policy(allow('ssm:StartSession', 'arn:aws:ec2:*:*:instance/*')),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'a command through the shell document',
      code: policy(allow('ssm:SendCommand', ['arn:aws:ec2:eu-west-1:111122223333:instance/*', 'arn:aws:ssm:eu-west-1::document/AWS-RunShellScript'])),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'ec2:RunInstances whose required resource types are allowed across statements',
      code: policy(passAnyRole,
        allow('ec2:RunInstances', 'arn:aws:ec2:*:111122223333:instance/*'),
        allow('ec2:RunInstances', ['arn:aws:ec2:*::image/*', 'arn:aws:ec2:*:*:subnet/*', 'arn:aws:ec2:*:*:security-group/*', 'arn:aws:ec2:*:*:network-interface/*'])),
      errors: [{ messageId: 'passRole', line: 11, column: 23 }],
    },
    {
      name: 'Lambda functions of a name prefix still run with any role',
      code: policy(passAnyRole, allow(['lambda:CreateFunction', 'lambda:InvokeFunction'], 'arn:aws:lambda:eu-west-1:111122223333:function:app-*')),
      errors: [{ messageId: 'passRole', line: 12, column: 17 }],
    },
    {
      name: 'Glue: create a job and start it',
      code: policy(passAnyRole, allow(['glue:CreateJob', 'glue:StartJobRun'])),
      errors: [{
        messageId: 'passRole', line: 12, column: 17,
        message: '"glue:CreateJob" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create or update a Glue job with any role and a script of its own, and run it; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'iam:PassRole under StringEqualsIfExists on a key it never carries still passes every role',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } } }), allow('ec2:RunInstances')),
      errors: [{ messageId: 'passRole', line: 16, column: 23 }],
    },
    {
      name: 'the PassRole statement allows ec2:RunInstances nothing (iam:PassedToService): the finding points at the other one',
      code: policy(allow(['iam:PassRole', 'ec2:RunInstances'], '*', { Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } }),
        allow('ec2:RunInstances', '*', { Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } })),
      errors: [{ messageId: 'passRole', line: 19, column: 23 }],
    },
    {
      name: 'the finding points at the statement without a condition',
      code: policy(passAnyRole, allow('glue:CreateJob', '*', { Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }), allow('glue:*Job*')),
      errors: [{ messageId: 'passRole', line: 21, column: 23 }],
    },
    {
      name: 'Glue: update a job and trigger it',
      code: policy(passAnyRole, allow(['glue:UpdateJob', 'glue:CreateTrigger'], 'arn:aws:glue:*:111122223333:*')),
      errors: [{ messageId: 'passRole', line: 12, column: 17 }],
    },
    {
      name: 'Step Functions: create a state machine and start it',
      code: policy(passAnyRole, allow(['states:CreateStateMachine', 'states:StartExecution'], 'arn:aws:states:*:111122223333:stateMachine:*')),
      errors: [{
        messageId: 'passRole', line: 12, column: 17,
        message: '"states:CreateStateMachine" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create a Step Functions state machine with any role, whose AWS SDK tasks call almost any AWS API as that role, and start it; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'App Runner: a service with any instance role',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'tasks.apprunner.amazonaws.com' } } }), allow('apprunner:CreateService')),
      errors: [{
        messageId: 'passRole', line: 16, column: 23,
        message: '"apprunner:CreateService" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create an App Runner service with any role as its instance role, running a command or image of its own; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'EMR: a cluster whose steps run as any role',
      code: policy(allow(['iam:PassRole', 'elasticmapreduce:RunJobFlow'])),
      errors: [{
        messageId: 'passRole', line: 8, column: 17,
        message: '"elasticmapreduce:RunJobFlow" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal start an EMR cluster whose instances act with any role and run steps of its own; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'EventBridge Scheduler: a schedule whose universal target calls any API with any role',
      code: policy(passAnyRole, allow('scheduler:CreateSchedule', 'arn:aws:scheduler:*:111122223333:schedule/*/*')),
      errors: [{
        messageId: 'passRole', line: 11, column: 23,
        message: '"scheduler:CreateSchedule" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create an EventBridge Scheduler schedule whose target calls an AWS API of its choice with any role; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'CodeBuild: create a project and start a build',
      code: policy(passAnyRole, allow(['codebuild:CreateProject', 'codebuild:StartBuild'], ['arn:aws:codebuild:*:111122223333:project/build-*'])),
      errors: [{ messageId: 'passRole', line: 12, column: 17 }],
    },
    {
      name: 'CodeBuild: on every project, starting a build is a path of its own',
      code: policy(passAnyRole, allow(['codebuild:CreateProject', 'codebuild:StartBuild'])),
      errors: [{ messageId: 'passRole', line: 12, column: 17 }, { messageId: 'direct', line: 13, column: 17 }],
    },
    {
      name: 'SageMaker: a training job',
      code: policy(passAnyRole, allow('sagemaker:CreateTrainingJob')),
      errors: [{ messageId: 'passRole', line: 11, column: 23 }],
    },
    {
      name: 'Lambda: a function that a caller it allows can invoke',
      code: policy(passAnyRole, allow(['lambda:CreateFunction', 'lambda:AddPermission'])),
      errors: [{ messageId: 'passRole', line: 12, column: 17 }],
    },
    {
      name: 'a user who may write inline policies into their own user',
      code: policy(allow(['iam:PutUserPolicy', 'iam:GetUserPolicy'], 'arn:aws:iam::*:user/${aws:username}')),
      errors: [{
        messageId: 'self', line: 7, column: 17,
        message: '"iam:PutUserPolicy" on "arn:aws:iam::*:user/${aws:username}" is a privilege escalation path: it lets each user write an inline policy that allows anything into their own user; a user must not manage their own permissions.',
      }],
    },
    {
      name: 'a wildcard that includes attaching policies to their own user',
      code: policy(allow('iam:Attach*', 'arn:aws:iam::111122223333:user/${aws:username}')),
      errors: [{
        messageId: 'self', line: 6, column: 23,
        message: '"iam:Attach*" on "arn:aws:iam::111122223333:user/${aws:username}" (which includes iam:AttachUserPolicy) is a privilege escalation path: it lets each user attach any managed policy, AdministratorAccess included, to their own user; a user must not manage their own permissions.',
      }],
    },
    {
      name: 'Batch: a job definition with any role as its job role, and a job submitted',
      code: policy(passAnyRole, allow(['batch:RegisterJobDefinition', 'batch:SubmitJob'], batchReports)),
      errors: [{
        messageId: 'passRole', line: 12, column: 17,
        message: '"batch:RegisterJobDefinition" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal register an AWS Batch job definition with any role as its job role and submit a job that runs its own container as that role; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'Batch: the role passed to ECS tasks, which Batch jobs run as',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } } }), allow('batch:*', batchReports)),
      errors: [{ messageId: 'passRole', line: 16, column: 23 }],
    },
    {
      name: 'Bedrock AgentCore: a code interpreter with any role, and code run in it',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'bedrock-agentcore.amazonaws.com' } } }),
        allow(['bedrock-agentcore:CreateCodeInterpreter', 'bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter'], interpretersAnalytics)),
      errors: [{
        messageId: 'passRole', line: 17, column: 17,
        message: '"bedrock-agentcore:CreateCodeInterpreter" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create a Bedrock AgentCore code interpreter with any role as its execution role and run code in it that acts as that role; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'builds started on every project, whose buildspec the caller may override',
      code: policy(allow(['codebuild:BatchGetBuilds', 'codebuild:StartBuild'], 'arn:aws:codebuild:*:111122223333:project/*')),
      errors: [{
        messageId: 'direct', line: 8, column: 17,
        message: '"codebuild:StartBuild" on "arn:aws:codebuild:*:111122223333:project/*" is a privilege escalation path: it lets the principal start a build of any CodeBuild project with a buildspec of its own, whose commands run with the project\'s service role; allow it only on the projects it must manage.',
      }],
    },
    {
      name: 'a Spot Instance requested with any role',
      code: policy(passAnyRole, allow('ec2:RequestSpotInstances')),
      errors: [{
        messageId: 'passRole', line: 11, column: 23,
        message: '"ec2:RequestSpotInstances" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal start an EC2 instance with any role and use the role\'s credentials from it; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'a presigned URL for every notebook instance',
      code: policy(allow('sagemaker:CreatePresignedNotebookInstanceUrl', 'arn:aws:sagemaker:*:111122223333:notebook-instance/*')),
      errors: [{
        messageId: 'direct', line: 6, column: 23,
        message: '"sagemaker:CreatePresignedNotebookInstanceUrl" on "arn:aws:sagemaker:*:111122223333:notebook-instance/*" is a privilege escalation path: it lets the principal open the Jupyter terminal of any SageMaker notebook instance and act with the instance\'s execution role; allow it only on the notebook instances it must manage.',
      }],
    },
    {
      name: 'change sets created and executed on every stack',
      code: policy(allow(['cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet', 'cloudformation:DescribeChangeSet'])),
      errors: [{
        messageId: 'direct', line: 7, column: 17,
        message: '"cloudformation:CreateChangeSet" on "*" is a privilege escalation path: it lets the principal change the template of any CloudFormation stack through a change set it then executes (cloudformation:ExecuteChangeSet), and the stack acts with its service role; allow it only on the stacks it must manage.',
      }],
    },
    {
      name: 'a launch template version made the default, the second action in another statement',
      code: policy(allow('ec2:CreateLaunchTemplateVersion', 'arn:aws:ec2:*:*:launch-template/*'), allow('ec2:ModifyLaunchTemplate')),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'instances stopped, their user data replaced, and started again',
      code: policy(allow(['ec2:StopInstances', 'ec2:StartInstances', 'ec2:ModifyInstanceAttribute'], 'arn:aws:ec2:*:111122223333:instance/*')),
      errors: [{ messageId: 'direct', line: 9, column: 17 }],
    },
    // A Region or Availability Zone says where, not which instances: the path is open there, and the message says so.
    ...[
      { key: 'ec2:Region', value: 'eu-west-1', place: 'Region' },
      { key: 'ec2:AvailabilityZone', value: 'eu-west-1a', place: 'Availability Zone' },
      { key: 'aws:RequestedRegion', value: 'eu-west-1', place: 'Region' },
    ].map(({ key, value, place }) => ({
      name: `a condition on ${key} leaves the user data path open in that ${place}`,
      code: policy(allow(['ec2:StopInstances', 'ec2:StartInstances', 'ec2:ModifyInstanceAttribute'], '*', { Condition: { StringEquals: { [key]: value } } })),
      errors: [{
        messageId: 'direct', line: 9, column: 17,
        message: `"ec2:ModifyInstanceAttribute" on "*" is a privilege escalation path: it lets the principal stop any EC2 instance, replace its user data and start it again (ec2:StopInstances, ec2:StartInstances), so that it runs the principal\'s code with the instance\'s role (the condition on "${key}" limits only where: the escalation works in each ${place} it allows); allow it only on the instances it must manage.`,
      }],
    })),
    {
      name: 'a Region condition on iam:PassRole leaves the EC2 path open in that Region, and the message says so',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }), allow('ec2:RunInstances')),
      errors: [{
        messageId: 'passRole', line: 16, column: 23,
        message: '"ec2:RunInstances" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal start an EC2 instance with any role and use the role\'s credentials from it (the condition on "aws:RequestedRegion" limits only where: the escalation works in each Region it allows); allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'an ec2:Region condition on iam:PassRole, a key it never carries, under IfExists limits nothing: no note of where',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEqualsIfExists: { 'ec2:Region': 'eu-west-1' } } }), allow('ec2:RunInstances')),
      errors: [{
        messageId: 'passRole', line: 16, column: 23,
        message: '"ec2:RunInstances" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal start an EC2 instance with any role and use the role\'s credentials from it; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: '"ec2:*" on every resource includes the launch template and user data paths',
      code: policy(allow('ec2:*')),
      errors: [{
        messageId: 'includedMany', line: 6, column: 23,
        message: '"ec2:*" on "*" includes ec2:CreateLaunchTemplateVersion and ec2:ModifyInstanceAttribute: privilege escalation paths, each a way for the principal to gain permissions this policy does not give; allow only the actions the principal needs.',
      }],
    },
    {
      name: 'EC2 Instance Connect: a key pushed to every instance (ec2:osuser picks the OS user, not the instance)',
      code: policy(allow(['ec2:DescribeInstances', 'ec2-instance-connect:SendSSHPublicKey'], '*', { Condition: { StringEquals: { 'ec2:osuser': 'ec2-user' } } })),
      errors: [{
        messageId: 'direct', line: 8, column: 17,
        message: '"ec2-instance-connect:SendSSHPublicKey" on "*" is a privilege escalation path: it lets the principal push an SSH key to any EC2 instance, log in to it and act with the instance\'s role; allow it only on the instances it must manage.',
      }],
    },
    {
      name: 'EC2 Instance Connect: "ec2-instance-connect:*" on every instance of the account',
      code: policy(allow('ec2-instance-connect:*', 'arn:aws:ec2:*:111122223333:instance/*')),
      errors: [{ messageId: 'included', line: 6, column: 23 }],
    },
    {
      name: 'ECS Exec into every task, tasks described in another statement',
      code: policy(allow('ecs:ExecuteCommand'), allow(['ecs:ListTasks', 'ecs:DescribeTasks'])),
      errors: [{
        messageId: 'direct', line: 6, column: 23,
        message: '"ecs:ExecuteCommand" on "*" is a privilege escalation path: it lets the principal open a shell in any running ECS task that has ECS Exec enabled (found with ecs:DescribeTasks) and act with the task\'s role; allow it only on the tasks it must manage.',
      }],
    },
    {
      name: 'ECS Exec on every task and cluster, named by ARN',
      code: policy(allow(['ecs:DescribeTasks', 'ecs:ExecuteCommand'], ['arn:aws:ecs:*:111122223333:task/*', 'arn:aws:ecs:*:111122223333:cluster/*'])),
      errors: [{ messageId: 'direct', line: 8, column: 17 }],
    },
    {
      name: 'aws:CalledVia admits CloudFormation, which calls what the principal\'s template says',
      code: policy(allow('iam:AttachRolePolicy', '*', { Condition: { 'ForAnyValue:StringEquals': { 'aws:CalledVia': ['cloudformation.amazonaws.com'] } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'ForAllValues on aws:CalledVia lets a direct call (no calling service) through',
      code: policy(allow('iam:AttachRolePolicy', '*', { Condition: { 'ForAllValues:StringEquals': { 'aws:CalledVia': ['mgn.amazonaws.com'] } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'aws:ViaAWSService admits CloudFormation too',
      code: policy(allow(['ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances'], 'arn:aws:ec2:*:*:instance/*', { Condition: { Bool: { 'aws:ViaAWSService': 'true' } } })),
      errors: [{ messageId: 'direct', line: 7, column: 17 }],
    },
    {
      name: 'SSM Automation: a runbook created and started with any role',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'ssm.amazonaws.com' } } }),
        allow(['ssm:StartAutomationExecution', 'ssm:CreateDocument'], ['arn:aws:ssm:*:111122223333:document/*', 'arn:aws:ssm:*:111122223333:automation-execution/*'])),
      errors: [{
        messageId: 'passRole', line: 18, column: 17,
        message: '"ssm:CreateDocument" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create a Systems Manager Automation runbook whose script steps call AWS as any role, and start it with that role; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'Batch: a job of every job definition submitted, whose command the caller may override',
      code: policy(allow(['batch:SubmitJob', 'batch:DescribeJobs'])),
      errors: [{
        messageId: 'direct', line: 7, column: 17,
        message: '"batch:SubmitJob" on "*" is a privilege escalation path: it lets the principal submit a job of any AWS Batch job definition with a command of its own, which runs with the job definition\'s job role; allow it only on the job definitions it must manage.',
      }],
    },
    {
      name: 'Bedrock AgentCore: code run in every custom code interpreter of the account',
      code: policy(allow(['bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter'], 'arn:aws:bedrock-agentcore:*:111122223333:code-interpreter-custom/*')),
      errors: [{
        messageId: 'direct', line: 7, column: 17,
        message: '"bedrock-agentcore:StartCodeInterpreterSession" on "arn:aws:bedrock-agentcore:*:111122223333:code-interpreter-custom/*" is a privilege escalation path: it lets the principal run code of its own in any custom Bedrock AgentCore code interpreter (bedrock-agentcore:InvokeCodeInterpreter), code that acts with the interpreter\'s execution role; allow it only on the code interpreters it must manage.',
      }],
    },
    {
      name: 'App Runner: every service updated',
      code: policy(allow(['apprunner:DescribeService', 'apprunner:UpdateService'], 'arn:aws:apprunner:*:111122223333:service/*')),
      errors: [{
        messageId: 'direct', line: 8, column: 17,
        message: '"apprunner:UpdateService" on "arn:aws:apprunner:*:111122223333:service/*" is a privilege escalation path: it lets the principal give any App Runner service a start command or image of its own, which runs with the service\'s instance role; allow it only on the services it must manage.',
      }],
    },
    {
      name: 'StackSets: a stack set created with any role and deployed to stack instances',
      code: policy(passAnyRole, allow(['cloudformation:CreateStackSet', 'cloudformation:CreateStackInstances'])),
      errors: [{
        messageId: 'passRole', line: 12, column: 17,
        message: '"cloudformation:CreateStackSet" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create a CloudFormation stack set with any role as its administration role and deploy its template to stack instances through that role; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'StackSets: any stack set updated, the role passed to CloudFormation',
      code: policy(allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } } }),
        allow('cloudformation:UpdateStackSet', 'arn:aws:cloudformation:*:111122223333:stackset/*')),
      errors: [{
        messageId: 'passRole', line: 16, column: 23,
        message: '"cloudformation:UpdateStackSet" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal update any CloudFormation stack set with a template of its own and any role as its administration role, and so deploy the template through that role; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'ECS: a task of an existing task definition run with a task role override',
      code: policy(passAnyRole, allow(['ecs:DescribeTasks', 'ecs:RunTask'])),
      errors: [{
        messageId: 'passRole', line: 13, column: 17,
        message: '"ecs:RunTask" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal run a task of an existing ECS task definition with any role as its task role and a command of its own (overrides); allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'ECS: a task definition registered and run is one finding, at the registration',
      code: policy(passAnyRole, allow(['ecs:RegisterTaskDefinition', 'ecs:StartTask'])),
      errors: [{ messageId: 'passRole', line: 12, column: 17 }],
    },
    {
      name: 'Glue: an interactive session with any role, and statements run in it',
      code: policy(passAnyRole, allow(['glue:CreateSession', 'glue:RunStatement'])),
      errors: [{
        messageId: 'passRole', line: 12, column: 17,
        message: '"glue:CreateSession" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create a Glue interactive session with any role and run Python statements in it that act as that role; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'EMR Serverless: an application created and a job run started with any role',
      code: policy(passAnyRole, allow(['emr-serverless:CreateApplication', 'emr-serverless:StartJobRun'])),
      errors: [{
        messageId: 'passRole', line: 13, column: 17,
        message: '"emr-serverless:StartJobRun" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal start an EMR Serverless job run of its own code with any role as its execution role; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'Image Builder: an image built by an instance with any role, running a component of the caller\'s',
      code: policy(passAnyRole, allow(['imagebuilder:CreateComponent', 'imagebuilder:CreateImageRecipe', 'imagebuilder:CreateInfrastructureConfiguration', 'imagebuilder:CreateImage'])),
      errors: [{
        messageId: 'passRole', line: 14, column: 17,
        message: '"imagebuilder:CreateInfrastructureConfiguration" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal build an EC2 Image Builder image whose build instance has any role and runs a component of its own; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'Bedrock AgentCore: an agent runtime with any role, and commands run in it',
      code: policy(passAnyRole, allow(['bedrock-agentcore:CreateAgentRuntime', 'bedrock-agentcore:CreateAgentRuntimeEndpoint', 'bedrock-agentcore:CreateWorkloadIdentity',
        'bedrock-agentcore:InvokeAgentRuntimeCommand'])),
      errors: [
        {
          messageId: 'passRole', line: 12, column: 17,
          message: '"bedrock-agentcore:CreateAgentRuntime" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create a Bedrock AgentCore agent runtime with any role as its execution role and run shell commands in it that act as that role; allow iam:PassRole only on the roles it must pass.',
        },
        // On every runtime, the command is a direct path of its own too.
        { messageId: 'direct', line: 15, column: 17 },
      ],
    },
    {
      name: 'Bedrock AgentCore: a custom browser with any role, driven over its automation stream',
      code: policy(passAnyRole, allow('bedrock-agentcore:CreateBrowser'),
        allow(['bedrock-agentcore:StartBrowserSession', 'bedrock-agentcore:ConnectBrowserAutomationStream'], browsersCrawler)),
      errors: [{
        messageId: 'passRole', line: 11, column: 23,
        message: '"bedrock-agentcore:CreateBrowser" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create a Bedrock AgentCore custom browser with any role as its execution role and drive it to read that role\'s credentials; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'Bedrock AgentCore: commands run in every agent runtime of the account',
      code: policy(allow('bedrock-agentcore:InvokeAgentRuntimeCommand', 'arn:aws:bedrock-agentcore:*:111122223333:runtime/*')),
      errors: [{
        messageId: 'direct', line: 6, column: 23,
        message: '"bedrock-agentcore:InvokeAgentRuntimeCommand" on "arn:aws:bedrock-agentcore:*:111122223333:runtime/*" is a privilege escalation path: it lets the principal run shell commands as root in any Bedrock AgentCore agent runtime, which act with the runtime\'s execution role; allow it only on the agent runtimes it must manage.',
      }],
    },
    {
      name: 'Bedrock AgentCore: every custom browser driven over its automation stream',
      code: policy(allow('bedrock-agentcore:StartBrowserSession', 'arn:aws:bedrock-agentcore:*:111122223333:browser-custom/*'), allow('bedrock-agentcore:ConnectBrowserAutomationStream')),
      errors: [{
        messageId: 'direct', line: 6, column: 23,
        message: '"bedrock-agentcore:StartBrowserSession" on "arn:aws:bedrock-agentcore:*:111122223333:browser-custom/*" is a privilege escalation path: it lets the principal drive any custom Bedrock AgentCore browser (bedrock-agentcore:ConnectBrowserAutomationStream) and read its execution role\'s credentials from the browser\'s metadata service; allow it only on the custom browsers it must manage.',
      }],
    },
    {
      name: 'SageMaker: every notebook instance given a lifecycle configuration of the caller\'s and restarted',
      code: policy(allow(['sagemaker:StopNotebookInstance', 'sagemaker:UpdateNotebookInstance', 'sagemaker:StartNotebookInstance'], 'arn:aws:sagemaker:*:111122223333:notebook-instance/*'),
        allow('sagemaker:CreateNotebookInstanceLifecycleConfig', 'arn:aws:sagemaker:*:111122223333:notebook-instance-lifecycle-config/team-*')),
      errors: [{
        messageId: 'direct', line: 8, column: 17,
        message: '"sagemaker:UpdateNotebookInstance" on "arn:aws:sagemaker:*:111122223333:notebook-instance/*" is a privilege escalation path: it lets the principal stop any SageMaker notebook instance, give it a lifecycle configuration of its own (sagemaker:CreateNotebookInstanceLifecycleConfig) and start it again, so that the script runs with the instance\'s execution role; allow it only on the notebook instances it must manage.',
      }],
    },
    {
      // The companion's statement is read for the companion: its requests carry aws:RequestTag (the path action's
      // never do), and a tag the caller gives its own lifecycle configuration scopes nothing.
      name: 'SageMaker: a request tag required on the lifecycle configuration leaves the path open',
      code: policy(allow(['sagemaker:StopNotebookInstance', 'sagemaker:UpdateNotebookInstance', 'sagemaker:StartNotebookInstance'], 'arn:aws:sagemaker:*:111122223333:notebook-instance/*'),
        allow('sagemaker:CreateNotebookInstanceLifecycleConfig', '*', { Condition: { StringEquals: { 'aws:RequestTag/team': 'web' } } })),
      errors: [{ messageId: 'direct', line: 8, column: 17 }],
    },
    {
      name: 'CodeDeploy: a revision of the caller\'s deployed to every deployment group',
      code: policy(allow('codedeploy:CreateDeployment', 'arn:aws:codedeploy:*:111122223333:deploymentgroup:*'),
        allow(['codedeploy:RegisterApplicationRevision', 'codedeploy:GetDeploymentConfig'], ['arn:aws:codedeploy:*:111122223333:application:web', 'arn:aws:codedeploy:*:111122223333:deploymentconfig:*'])),
      errors: [{
        messageId: 'direct', line: 6, column: 23,
        message: '"codedeploy:CreateDeployment" on "arn:aws:codedeploy:*:111122223333:deploymentgroup:*" is a privilege escalation path: it lets the principal deploy a revision of its own (codedeploy:RegisterApplicationRevision) to any CodeDeploy deployment group, whose lifecycle hook scripts run on the group\'s EC2 instances with their role; allow it only on the deployment groups it must manage.',
      }],
    },
    {
      name: 'Braket: a hybrid job with any role',
      code: policy(passAnyRole, allow('braket:CreateJob')),
      errors: [{ messageId: 'passRole', line: 11, column: 23, message: '"braket:CreateJob" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create an Amazon Braket hybrid job whose script runs with any role; allow iam:PassRole only on the roles it must pass.' }],
    },
    {
      name: 'Cognito: any role bound to an identity pool',
      code: policy(passAnyRole, allow(['cognito-identity:DescribeIdentityPool', 'cognito-identity:SetIdentityPoolRoles'])),
      errors: [{
        messageId: 'passRole', line: 13, column: 17,
        message: '"cognito-identity:SetIdentityPoolRoles" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal bind any role to a Cognito identity pool, whose identities then receive that role\'s credentials; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'GameLift: a fleet with any role, running a build of the caller\'s',
      code: policy(passAnyRole, allow(['gamelift:CreateBuild', 'gamelift:RequestUploadCredentials', 'gamelift:CreateFleet'])),
      errors: [{ messageId: 'passRole', line: 14, column: 17, message: '"gamelift:CreateFleet" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create a GameLift fleet with any role as its instance role, running a build of its own; allow iam:PassRole only on the roles it must pass.' }],
    },
    {
      name: 'Flink: an application with any role, started',
      code: policy(passAnyRole, allow(['kinesisanalytics:CreateApplication', 'kinesisanalytics:StartApplication'])),
      errors: [{
        messageId: 'passRole', line: 12, column: 17,
        message: '"kinesisanalytics:CreateApplication" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal create and start a Managed Service for Apache Flink application whose code runs with any role; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'HealthOmics: a run of a workflow of the caller\'s with any role',
      code: policy(passAnyRole, allow(['omics:CreateWorkflow', 'omics:StartRun'])),
      errors: [{
        messageId: 'passRole', line: 13, column: 17,
        message: '"omics:StartRun" with iam:PassRole on every role (statement 0) is a privilege escalation path: it lets the principal start a HealthOmics run of a workflow of its own with any role, whose tasks receive that role\'s credentials; allow iam:PassRole only on the roles it must pass.',
      }],
    },
    {
      name: 'one finding per token: "lambda:*" is both a direct path and a PassRole path',
      code: policy(allow('lambda:*'), passAnyRole),
      errors: [{ messageId: 'includedMany', line: 6, column: 23 }],
    },
    // A Region condition that lets us-east-1 through leaves the IAM paths open, and the message says why.
    ...[
      { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
      { StringLike: { 'aws:RequestedRegion': 'us-*' } },
      { StringEqualsIgnoreCase: { 'aws:RequestedRegion': 'US-EAST-1' } },
      { 'ForAnyValue:StringEqualsIfExists': { 'aws:RequestedRegion': 'us-east-1' } },
    ].map((Condition) => ({
      name: `${JSON.stringify(Condition)} lets IAM's requests through: the path is open, and the note says why`,
      code: policy(allow('iam:AttachUserPolicy', '*', { Condition })),
      errors: [{
        messageId: 'direct', line: 6, column: 23,
        message: '"iam:AttachUserPolicy" on "*" is a privilege escalation path: it lets the principal attach any managed policy, AdministratorAccess included, to any user (the condition on "aws:RequestedRegion" allows us-east-1, where every request to iam is made, so it limits nothing); allow it only on the users it must manage.',
      }],
    })),
    {
      name: 'StringNotEquals on another Region lets IAM\'s requests through (no note: it limits nothing to some Regions)',
      code: policy(allow('iam:AttachUserPolicy', '*', { Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } })),
      errors: [{
        messageId: 'direct', line: 6, column: 23,
        message: '"iam:AttachUserPolicy" on "*" is a privilege escalation path: it lets the principal attach any managed policy, AdministratorAccess included, to any user; allow it only on the users it must manage.',
      }],
    },
    {
      name: 'a Region value with a variable cannot be compared: the path stays open',
      code: policy(allow('iam:AttachUserPolicy', '*', { Condition: { StringEquals: { 'aws:RequestedRegion': '${aws:PrincipalTag/region}' } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'a Deny limited to eu-west-1 never applies to IAM\'s requests: it takes nothing back',
      code: policy(allow('iam:CreatePolicyVersion'), { Effect: 'Deny', Action: 'iam:*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'limited to eu-west-1, the statement closes its IAM path but leaves its Lambda path open in that Region',
      code: policy(allow(['iam:AttachUserPolicy', 'lambda:UpdateFunctionCode'], '*', { Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } })),
      errors: [{
        messageId: 'direct', line: 8, column: 17,
        message: '"lambda:UpdateFunctionCode" on "*" is a privilege escalation path: it lets the principal replace the code of any Lambda function and act with the function\'s execution role (the condition on "aws:RequestedRegion" limits only where: the escalation works in each Region it allows); allow it only on the functions it must manage.',
      }],
    },
    {
      name: 'a creation path through a statement limited to Regions that include us-east-1: open, and the message says why, as a direct path\'s does',
      code: policy(allow(['iam:CreateRole', 'iam:AttachRolePolicy'], eksctlRoles, { Condition: { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } } })),
      errors: [{
        messageId: 'created', line: 7, column: 17,
        message: '"iam:CreateRole" on "arn:aws:iam::111122223333:role/eksctl-*" with iam:AttachRolePolicy on "arn:aws:iam::111122223333:role/eksctl-*" (statement 0) is a privilege escalation path through the roles it creates, as these patterns can name the same one: it lets the principal create a role whose trust policy names a principal of its choosing (itself, or one in an account it controls), attach AdministratorAccess to it or write an inline policy into it, and assume it (the condition on "aws:RequestedRegion" allows us-east-1, where every request to iam is made, so it limits nothing); require a permissions boundary on the roles it creates and changes (an iam:PermissionsBoundary condition), or keep the patterns apart.',
      }],
    },
    {
      name: 'a Deny outside eu-west-1 that also asks for another condition does not always apply: it takes nothing back',
      code: policy(allow('iam:CreatePolicyVersion'), { Effect: 'Deny', Action: 'iam:*', Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' }, Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'a Deny of iam:PassRole outside eu-west-1 does not take it back: the service checks it in its own Region',
      code: policy(passAnyRole, allow('ec2:RunInstances'), { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }),
      errors: [{ messageId: 'passRole', line: 11, column: 23 }],
    },
    // A policy limited to GovCloud's or China's Regions: IAM's requests there are made in us-gov-west-1 and
    // cn-north-1, so a condition that lets that Region through leaves the IAM paths open.
    ...[
      { condition: { StringEquals: { 'aws:RequestedRegion': ['us-gov-west-1', 'us-gov-east-1'] } }, region: 'us-gov-west-1', partition: 'the AWS GovCloud (US) Regions' },
      { condition: { StringLike: { 'aws:RequestedRegion': 'cn-*' } }, region: 'cn-north-1', partition: 'the China Regions' },
    ].map(({ condition, region, partition }) => ({
      name: `${JSON.stringify(condition)} lets IAM's requests in its partition through: the path is open, and the note says why`,
      code: policy(allow('iam:AttachUserPolicy', '*', { Condition: condition })),
      errors: [{
        messageId: 'direct', line: 6, column: 23,
        message: `"iam:AttachUserPolicy" on "*" is a privilege escalation path: it lets the principal attach any managed policy, AdministratorAccess included, to any user (the condition on "aws:RequestedRegion" allows ${region}, where every request to iam in ${partition} is made, so it limits nothing); allow it only on the users it must manage.`,
      }],
    })),
    {
      name: 'a GovCloud Deny outside its Regions never applies to IAM\'s requests there (made in us-gov-west-1): it takes nothing back',
      code: policy(allow('iam:CreatePolicyVersion'), { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-gov-west-1', 'us-gov-east-1'] } } }),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'Regions of two partitions: the path is open in the one whose IAM Region the condition lets through',
      code: policy(allow('iam:AttachUserPolicy', '*', { Condition: { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-gov-west-1'] } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
    {
      name: 'a Null "true" (the key is absent) does not make StringEqualsIfExists on the same key require it',
      code: policy(allow('lambda:UpdateFunctionCode', '*', { Condition: { StringEqualsIfExists: { 'aws:ResourceTag/team': 'web' }, Null: { 'aws:ResourceTag/team': 'true' } } })),
      errors: [{ messageId: 'direct', line: 6, column: 23 }],
    },
  ],
});

describe('privilege-escalation', () => {
  it('names actions the IAM database knows, spelled as it spells them', () => {
    for (const action of PATH_ACTIONS) expect(canonicalAction(action), action).toBe(action);
  });
});
