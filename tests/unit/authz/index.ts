// Every Entry of the matrix, by domain. Add a new handler's Entry to its domain file (or a new one listed here).
import { accountEntries } from "./accounts";
import { callEntries } from "./calls";
import { adminUserEntries } from "./admin-users";
import { caseEntries } from "./cases";
import { caseApprovalEntries } from "./case-approval";
import { challengeEntries } from "./challenges";
import { companyEntries } from "./companies";
import { deskEntries } from "./desk";
import { documentEntries } from "./documents";
import { deskSettingsEntries } from "./desk-settings";
import { inboxEntries } from "./inbox";
import { interestEntries } from "./interests";
import { matchEntries } from "./matches";
import { notificationEntries } from "./notifications";
import { pilotEntries } from "./pilots";
import { peerEntries } from "./peer";
import { privacyEntries } from "./privacy";
import { proposalEntries } from "./proposals";
import { replicationEntries } from "./replication";
import { routeEntries } from "./routes";
import type { Entry } from "./types";
import { viewEntries } from "./views";

export const ENTRIES: Entry[] = [
  ...accountEntries,
  ...callEntries,
  ...adminUserEntries,
  ...caseEntries,
  ...caseApprovalEntries,
  ...challengeEntries,
  ...companyEntries,
  ...deskEntries,
  ...documentEntries,
  ...deskSettingsEntries,
  ...inboxEntries,
  ...interestEntries,
  ...matchEntries,
  ...notificationEntries,
  ...pilotEntries,
  ...peerEntries,
  ...privacyEntries,
  ...proposalEntries,
  ...replicationEntries,
  ...routeEntries,
  ...viewEntries,
];
