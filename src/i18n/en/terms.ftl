# Words that must read the same everywhere (Fluent terms, used as { -name } in the other files).
-app = wirepeek
-settings = Settings
-wire-tab = Wire
