import type { Messages } from "~/messages/en";

// Typed message keys: a missing or misspelt key fails the typecheck.
declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
