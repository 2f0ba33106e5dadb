export {
  checkTokenSource,
  subjectAndAppTokenAuth,
  subjectAndAppTokenHeader,
  type TokenProvider,
  type TokenSource,
} from "./subject-and-app.js";
