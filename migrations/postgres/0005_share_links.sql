-- A token is either for the JSON API (`api`, sent as a Bearer token) or a read-only link to
-- the dashboard (`share`, in the URL). Neither opens the other.
alter table api_tokens add column kind text not null default 'api';
