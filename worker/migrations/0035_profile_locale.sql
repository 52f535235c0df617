-- The language a person chose for the app, their mails and errors (a BCP 47 tag Quarterhour
-- speaks); NULL follows their browser's languages.
ALTER TABLE profiles ADD COLUMN locale TEXT;
