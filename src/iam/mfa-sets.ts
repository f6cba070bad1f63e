/**
 * The small named action sets of the MFA self-service rule pack: the only hand-written action lists in
 * policy-lint. Each is what an AWS page (or a documented attack) names; everything else (what a glob
 * matches, resource types, access levels) comes from the IAM database (`./database.ts`).
 *
 * Entries are patterns expanded against the database (`sets.ts` → `expandSet`), so a set may use a glob
 * where AWS names a family (`sts:AssumeRole*`). Page names are under
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/ unless a full address is given.
 */

/**
 * E: what a user without MFA needs to enroll a virtual device.
 * reference_policies_examples_aws_my-sec-creds-self-manage.html (statement `DenyAllExceptListedIfNoMFA`)
 * and reference_policies_examples_iam_mfa-selfmanage.html.
 */
export const ENROLLMENT_ACTIONS = ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice'] as const;

/**
 * C minus E: what the console's "Security credentials" page calls during enrollment, and resync (a
 * drifted token cannot authenticate). Same pages as ENROLLMENT_ACTIONS; the NotAction of both lists them.
 */
export const CONSOLE_ACTIONS = ['iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'] as const;

/**
 * Exempt actions that are fine without MFA but not needed: sts:GetSessionToken (not governed by policies,
 * id_credentials_temp_control-access_getsessiontoken.html), GetMFADevice (added to the self-manage pages
 * after 2023), ListMFADeviceTags, GetAccountPasswordPolicy and ListUsers (console pages, per the notes of
 * reference_policies_examples_aws_my-sec-creds-self-manage.html).
 */
export const TOLERATED_EXEMPT_ACTIONS = [
  'sts:GetSessionToken', 'iam:GetMFADevice', 'iam:ListMFADeviceTags', 'iam:GetAccountPasswordPolicy', 'iam:ListUsers',
] as const;

/**
 * Actions that remove a user's MFA. AWS removed them from the NotAction on 2018-11-30 and warns: "Do not
 * add permission to delete an MFA device without MFA authentication"
 * (reference_policies_examples_aws_my-sec-creds-self-manage-mfa-only.html).
 */
export const MFA_REMOVAL_ACTIONS = ['iam:DeactivateMFADevice', 'iam:DeleteVirtualMFADevice'] as const;

/**
 * Managing one's own MFA device: enrolling, resynchronising and removing it (ENROLLMENT_ACTIONS, the resync of
 * CONSOLE_ACTIONS and MFA_REMOVAL_ACTIONS). Allowing one of them on the user's own resources is what makes a
 * policy without an MFA condition part of the MFA self-service family (`analyzeMfa`): AWS's self-service
 * examples without MFA (reference_policies_examples_aws_my-sec-creds-self-manage-no-mfa.html: "except the
 * user's MFA device", reference_policies_examples_iam_credentials_console.html, the managed policy
 * IAMUserChangePassword) grant none of them.
 */
export const MFA_DEVICE_MANAGEMENT_ACTIONS = [
  ...ENROLLMENT_ACTIONS, 'iam:ResyncMFADevice', ...MFA_REMOVAL_ACTIONS,
] as const;

/**
 * Actions that mint, re-activate or replace long-term credentials (persistence for a key thief).
 * id_credentials_access-keys.html, id_credentials_passwords_admin-change-user.html,
 * id_credentials_ssh-keys.html, id_credentials_service-specific-creds.html. ChangePassword is
 * PASSWORD_CHANGE_ACTIONS' business.
 */
export const CREDENTIAL_MINTING_ACTIONS = [
  'iam:CreateAccessKey', 'iam:UpdateAccessKey', 'iam:DeleteAccessKey',
  'iam:CreateLoginProfile', 'iam:UpdateLoginProfile',
  'iam:CreateServiceSpecificCredential', 'iam:ResetServiceSpecificCredential',
  'iam:UploadSSHPublicKey', 'iam:UploadSigningCertificate',
] as const;

/**
 * The password workaround for a first sign-in. AWS: adding them to NotAction is possible but "we do not
 * recommend" it (reference_policies_examples_aws_my-sec-creds-self-manage.html, notes added 2022-06 and
 * 2022-09).
 */
export const PASSWORD_CHANGE_ACTIONS = ['iam:ChangePassword', 'iam:UpdateLoginProfile', 'iam:CreateLoginProfile'] as const;

/**
 * Escape hatches: exempt, they make the MFA deny moot. Role sessions are governed by the role's
 * policies (id_roles_use.html); policy and group changes let the user remove the deny itself
 * (access_policies_manage-attach-detach.html, id_groups_manage_add-remove-users.html); PassRole and
 * CreateUser hand the user's rights to something the deny does not cover (id_roles_use_passrole.html).
 */
export const ESCAPE_HATCH_ACTIONS = [
  'sts:AssumeRole*',
  'iam:DetachUserPolicy', 'iam:DeleteUserPolicy', 'iam:PutUserPolicy',
  'iam:AddUserToGroup', 'iam:RemoveUserFromGroup',
  'iam:DetachGroupPolicy', 'iam:DeleteGroupPolicy', 'iam:PutGroupPolicy',
  'iam:CreatePolicyVersion', 'iam:SetDefaultPolicyVersion',
  'iam:PutUserPermissionsBoundary', 'iam:DeleteUserPermissionsBoundary',
  'iam:PassRole', 'iam:CreateUser',
] as const;

/**
 * Reconnaissance without MFA: account-wide listings. ListUsers, ListAccountAliases, GetAccountSummary and
 * ListAccessKeys were in the 2017 tutorial's NotAction (tutorial_users-self-manage-mfa-and-creds.html,
 * history); GetAccountAuthorizationDetails dumps every policy (reference: list_awsidentityandaccessmanagementiam.html).
 * Globs over List/Read actions are judged from the database's access levels.
 */
export const RECON_ACTIONS = [
  'iam:ListUsers', 'iam:ListAccountAliases', 'iam:GetAccountSummary', 'iam:ListAccessKeys', 'iam:GetAccountAuthorizationDetails',
] as const;

/**
 * Self-service on the user's own IAM user: what the AWS reference policies allow on
 * `arn:aws:iam::*:user/${aws:username}` (reference_policies_examples_aws_my-sec-creds-self-manage.html,
 * reference_policies_examples_iam_mfa-selfmanage.html, reference_policies_examples_iam_credentials_console.html),
 * as families. Only the actions of these families whose `user` resource type is required (per the database)
 * form the set.
 */
export const SELF_SERVICE_USER_PATTERNS = [
  'iam:ChangePassword', 'iam:GetUser',
  'iam:*MFADevice',
  'iam:*AccessKey', 'iam:*AccessKeys', 'iam:GetAccessKeyLastUsed',
  'iam:*LoginProfile',
  'iam:*SSHPublicKey', 'iam:*SSHPublicKeys',
  'iam:*SigningCertificate', 'iam:*SigningCertificates',
  'iam:*ServiceSpecificCredential', 'iam:*ServiceSpecificCredentials',
  'iam:ListGroupsForUser', 'iam:ListUserPolicies', 'iam:ListAttachedUserPolicies', 'iam:ListUserTags',
] as const;
