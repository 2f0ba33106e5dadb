export {
  checkTokenSource,
  type ParsedSubjectAndAppToken,
  parseSubjectAndAppToken,
  type SubjectAndAppTokens,
  subjectAndAppTokenAuth,
  subjectAndAppTokenHeader,
  type TokenProvider,
  type TokenSource,
} from "./subject-and-app.js";
