/**
 * Generated from api/openapi.yaml by `npm run gen:api` (openapi-typescript).
 * Do not edit by hand: change the spec and regenerate.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers 200 while the process serves requests. Does not touch the database.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe
         * @description 200 when the database answers, 503 when it does not.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Prometheus text exposition format 0.0.4: `daibiao_http_requests_total{route,method,status}`,
         *     `daibiao_http_request_duration_seconds{route}` (histogram), `daibiao_http_in_flight`,
         *     `daibiao_db_pool_connections`, `daibiao_db_pool_in_use`, `daibiao_db_pool_waits_total`.
         *     Public: restrict it at the proxy if needed.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in (登录)
         * @description Checks the username and password and starts a session: the response sets the
         *     `daibiao_session` cookie and returns the CSRF token to echo in `X-CSRF-Token`.
         *     Unknown user, wrong password and disabled accounts all get the same 401 and take the
         *     same time. Failures are throttled, never locking the account itself: five failures
         *     of one user name from one address within 15 minutes, or thirty from one address
         *     whatever the names, answer 429 with `Retry-After` until enough failures leave the
         *     15-minute window; unknown names are counted the same way. Sign-ins hash passwords on
         *     a pool of their own; when its queue is full the answer is 429 at once. Failed
         *     attempts are audited (`auth.login`, outcome failure) until a limit is reached, which
         *     is audited once (`auth.throttle`); throttled attempts write nothing. Public: no
         *     cookie or CSRF token needed.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draw a second-factor secret (绑定动态口令 1/2)
         * @description A new 160-bit TOTP secret (RFC 6238: SHA-1, 6 digits, 30 s) for the caller, kept
         *     pending (sealed with the field key) until confirmed by `enable`. Needs the server's
         *     key file. Allowed to an administrator who has not set one up yet.
         */
        post: operations["setupTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the pending secret with a first code (绑定动态口令 2/2)
         * @description From now on signing in needs a code too. Audited (`auth.totp.enable`).
         */
        post: operations["enableTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn the second factor off (关闭双因素认证)
         * @description Needs the password; refused (403) for administrators. Audited (`auth.totp.disable`).
         */
        post: operations["disableTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out (退出)
         * @description Ends the caller's session and clears the cookie. Audited (`auth.logout`).
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user (当前用户)
         * @description The caller's account, role grants and the union of their permissions (for menus).
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change one's own password (修改密码)
         * @description Needs the current password. The new one must have at least 10 characters of at
         *     least three classes (lower case, upper case, digit, other), must not contain the
         *     username and must differ from the old one. Audited (`auth.password.change`).
         */
        post: operations["changeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List congresses (人大) in the caller's scope
         * @description Org nodes where the caller holds `org.read`. Default order is by tree path (pre-order).
         */
        get: operations["listOrgNodes"];
        put?: never;
        /**
         * Create a congress under a parent (新增下级人大)
         * @description Needs `org.manage` at the parent. The level must be exactly one below the parent's
         *     (province → city → county → township); a township cannot have children. The root
         *     is created from the command line (`daibiao admin create`), never here.
         *     Audited (`org.node.create`).
         */
        post: operations["createOrgNode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/nodes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a congress (人大) */
        get: operations["getOrgNode"];
        put?: never;
        post?: never;
        /**
         * Delete a congress (删除人大)
         * @description Needs `org.manage` at the node. The root cannot be deleted, nor a node that other
         *     records still reference (children, units, terms, accounts, grants): 409
         *     (`failed_precondition`). Audited (`org.node.delete`).
         */
        delete: operations["deleteOrgNode"];
        options?: never;
        head?: never;
        /**
         * Update a congress (修改人大)
         * @description Needs `org.manage` at the node. Level and parent cannot change. Audited (`org.node.update`).
         */
        patch: operations["updateOrgNode"];
        trace?: never;
    };
    "/api/v1/org/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List handling units (承办单位) in the caller's scope
         * @description Units whose org node is within the caller's `org.read` scope. Default order is by `code`.
         */
        get: operations["listHandlingUnits"];
        put?: never;
        /**
         * Create a handling unit (新增承办单位)
         * @description Needs `org.manage` at `org_node_id`. `code` is unique across the system. Audited (`org.unit.create`).
         */
        post: operations["createHandlingUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a handling unit (承办单位) */
        get: operations["getHandlingUnit"];
        put?: never;
        post?: never;
        /**
         * Delete a handling unit (删除承办单位)
         * @description Needs `org.manage` at the unit's org node. A unit that accounts still reference
         *     cannot be deleted (409 `failed_precondition`); deactivate it instead
         *     (`active: false`). Audited (`org.unit.delete`).
         */
        delete: operations["deleteHandlingUnit"];
        options?: never;
        head?: never;
        /**
         * Update a handling unit (修改承办单位)
         * @description Needs `org.manage` at the unit's org node. The org node cannot change. Audited (`org.unit.update`).
         */
        patch: operations["updateHandlingUnit"];
        trace?: never;
    };
    "/api/v1/org/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List terms (届) in the caller's scope
         * @description Terms of congresses within the caller's `org.read` scope. Default order is by
         *     `number` descending (latest term first). Terms have no text columns: `q` is not
         *     supported here (the server accepts and ignores it).
         */
        get: operations["listTerms"];
        put?: never;
        /**
         * Create a term (新增届次)
         * @description Needs `org.manage` at `org_node_id`. `end_date` must be after `start_date` and at
         *     most six years later; `number` is unique per congress. Audited (`org.term.create`).
         */
        post: operations["createTerm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/terms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a term (届) */
        get: operations["getTerm"];
        put?: never;
        post?: never;
        /**
         * Delete a term (删除届次)
         * @description Needs `org.manage` at the term's congress. A term with sessions cannot be deleted (409 `failed_precondition`). Audited (`org.term.delete`).
         */
        delete: operations["deleteTerm"];
        options?: never;
        head?: never;
        /**
         * Update a term (修改届次)
         * @description Needs `org.manage` at the term's congress. The same date rules as on create apply to the result. Audited (`org.term.update`).
         */
        patch: operations["updateTerm"];
        trace?: never;
    };
    "/api/v1/org/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions (次会议) in the caller's scope
         * @description Sessions of terms of congresses within the caller's `org.read` scope. Default order
         *     is by `opens_on` descending. Sessions have no text columns: `q` is not supported
         *     here (the server accepts and ignores it).
         */
        get: operations["listSessions"];
        put?: never;
        /**
         * Create a session (新增会次)
         * @description Needs `org.manage` at the term's congress. `number` is unique per term. Audited (`org.session.create`).
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Get a session (次会议) */
        get: operations["getSession"];
        put?: never;
        post?: never;
        /**
         * Delete a session (删除会次)
         * @description Needs `org.manage` at the term's congress. Audited (`org.session.delete`).
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        /**
         * Update a session (修改会次)
         * @description Needs `org.manage` at the term's congress. The term cannot change. Audited (`org.session.update`).
         */
        patch: operations["updateSession"];
        trace?: never;
    };
    "/api/v1/access/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The role table (角色及权限)
         * @description Every role with its zh-CN title and permissions. `admin` marks the three separated
         *     administrators (三员: 系统管理员、安全管理员、审计管理员); one account never holds two
         *     of them, and administrators hold no business role. Not paged.
         */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts (账号) in the caller's scope
         * @description Accounts whose home org node is within the caller's `user.read` scope. Default order is by `username`.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create an account (新建账号)
         * @description Needs `user.manage` (系统管理员) at `org_node_id`. The account has no roles until the
         *     security admin grants one. Username: 3–32 characters of a-z, 0-9, `.`, `_`, `-`,
         *     starting with a letter; unique (409 when taken). Password: at least 10 characters of
         *     at least three classes, not containing the username. Audited (`user.create`).
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get an account (账号)
         * @description Needs `user.read` at the account's home org node.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update or disable an account (修改、停用账号)
         * @description Needs `user.manage` at the account's home org node. Disabling (`active: false`) ends
         *     the account's sessions; one cannot disable one's own account (409
         *     `failed_precondition`). `unit_id: null` detaches the account from its unit.
         *     Audited (`user.update`).
         *
         *     `person_id` links the account to a deputy in the registry: liaison staff's act
         *     (`deputy.manage` over the account's home node and the person's), audited as
         *     `user.link_person`, refused for administrator accounts. The link alone grants
         *     nothing: the account acts as that deputy only while it also holds the deputy role.
         *
         *     三员分立: an administrator account (holding system_admin, security_admin or
         *     audit_admin) is changed only by the security administrator, and the change waits for
         *     a second administrator's approval: the answer is 202 with the filed request
         *     (`pending_request`), applied by `POST /api/v1/admin-requests/{id}/approve`. Anyone
         *     else gets 403.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset an account's password (重置密码)
         * @description Needs `user.manage` at the account's home org node. Ends the account's sessions and
         *     clears its failed sign-ins. Same password rules as on create. Audited
         *     (`user.password.reset`; refused attempts with outcome denied). For an administrator
         *     account only the security administrator may ask, and the reset waits for a second
         *     administrator's approval (202 with the filed request; the new password's hash is kept
         *     with the request until it is decided).
         */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/totp/reset": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a lost authenticator (重置动态口令)
         * @description Clears the account's second factor and ends its sessions; the account sets up a new
         *     one at its next sign-in. Same rule as a password reset: `user.manage` for ordinary
         *     accounts (204, audited `user.totp.reset`); for an administrator account only the
         *     security administrator asks and a second administrator approves (202).
         */
        post: operations["resetUserTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live sessions (会话管理)
         * @description For the security administrator (`role.grant` over each account's home node): who is
         *     signed in, from where, since when. Newest activity first, at most 500. No tokens.
         */
        get: operations["listLoginSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End a session (强制下线)
         * @description The security administrator signs one browser out; its next request answers 401.
         *     Audited (`session.end`).
         */
        delete: operations["endLoginSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes to administrator accounts awaiting approval (管理员账号变更审批)
         * @description For administrators (any of the three roles) whose grant covers the account's home
         *     node; newest first, at most 200.
         */
        get: operations["listAdminRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve and apply a change to an administrator account (批准)
         * @description By an administrator other than the requester and the account's owner, within 24
         *     hours of the request (409 `failed_precondition` after). Applies the change (a reset
         *     password ends the account's sessions, as does a deactivation). Audited
         *     (`admin.request.approve`).
         */
        post: operations["approveAdminRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a change to an administrator account (驳回)
         * @description Same deciders as approve; nothing changes. Audited (`admin.request.reject`).
         */
        post: operations["rejectAdminRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * An account's role grants (账号的角色)
         * @description Needs `user.read` or `role.grant` at the account's home org node. Not paged.
         */
        get: operations["listUserGrants"];
        put?: never;
        /**
         * Grant a role (授予角色)
         * @description Needs `role.grant` (安全管理员) at both the account's home org node and the grant's
         *     `org_node_id`. Nobody grants roles to themselves (403). 三员分立: an account never
         *     holds two administrator roles, and administrators hold no business role (409
         *     `failed_precondition`); the same role at the same node twice is 409 `conflict`.
         *     Audited (`role.grant`).
         */
        post: operations["createUserGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a role grant (撤销角色)
         * @description Needs `role.grant` at the grant's org node. Nobody revokes their own roles (403).
         *     Grants are not versioned: no `version` parameter. Audited (`role.revoke`).
         */
        delete: operations["deleteGrant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the audit log (查询审计日志)
         * @description Needs `audit.read` (审计管理员) anywhere; the audit log is not scoped by org node.
         *     Default order is newest first (`seq` descending). `q` matches `actor_name`, `action`
         *     and `object_id`.
         */
        get: operations["listAuditRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the audit log as CSV (导出审计日志)
         * @description Needs `audit.export` (审计管理员). Every record matching the filters and `q`, oldest
         *     first, not paged (`page`, `page_size` and `sort` are ignored). UTF-8 with a BOM,
         *     CRLF line ends, every cell quoted; a cell starting with `=`, `+`, `-` or `@` gets a
         *     leading `'` so spreadsheets never evaluate it. Columns: 序号, 时间(UTC), 操作人ID,
         *     操作人, 角色, 机构ID, 来源IP, 请求编号, 操作, 对象类型, 对象ID, 结果, 变更, 哈希.
         *     The export itself is audited (`audit.export`).
         */
        get: operations["exportAuditRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deputies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The deputies registry (代表信息库), one row per mandate
         * @description Rows are mandates (代表资格) joined with their person, within the caller's
         *     `deputy.read` scope (the mandate's congress). A person with mandates at two levels
         *     appears once per mandate. ID numbers and phones are masked to their last 4
         *     characters and the birth date is given as `birth_year` only (the full values come
         *     from the audited reveal). Default order is the name in pinyin order.
         */
        get: operations["listDeputies"];
        put?: never;
        /**
         * Register a deputy (登记代表) with a first mandate
         * @description Needs `deputy.manage` at the mandate's congress. The ID number is checked (GB 11643
         *     MOD 11-2) and must agree with the birth date and gender; phones are mainland mobile
         *     numbers. The same ID number cannot be registered twice (409 with a field error).
         *     The ID number and phone are stored encrypted. Audited (`deputy.create`).
         */
        post: operations["createDeputy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deputies/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template (.xlsx) with an example row and a sheet of instructions */
        get: operations["getDeputyImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deputies/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read an uploaded file and propose the column mapping (导入预览)
         * @description The request body is the file itself (.xlsx, or .csv in UTF-8 or GBK; at most 1 MiB).
         *     Answers the file's columns, the proposed mapping (field key → column index, from the
         *     header titles and common aliases), required fields no column matched, and the first
         *     rows. Needs `deputy.manage` somewhere. Nothing is stored.
         */
        post: operations["previewDeputyImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deputies/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check (dry run) or import a file of deputies, all or nothing (导入)
         * @description Every row becomes a mandate at `org_node_id` in `term_id`. With `dry_run` (the
         *     default) answers 200 with every bad row's number (the header is row 1) and reason.
         *     With `dry_run=false` imports all rows in one transaction and answers 201 — or 400
         *     with field errors `rows[N].field` and imports nothing when any row is bad.
         *     Duplicate ID numbers (in the file or already registered) are errors.
         */
        post: operations["importDeputies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deputies/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the filtered registry to .xlsx (导出)
         * @description The same filters and order as the list, all pages, as one worksheet, limited to
         *     the congresses where the caller has both `deputy.read` and `deputy.reveal`: an
         *     export is personal data leaving the system, so it needs `deputy.reveal` (403
         *     「导出代表个人信息需要查看敏感信息权限」 without it). ID numbers and phones are masked
         *     to their last 4 characters and the birth date is given as the year (出生年份); every
         *     cell is text and a leading = + - @ is neutralised with a quote so spreadsheet
         *     programs never evaluate exported data. Each export is audited like a reveal,
         *     refusals included (`deputy.export`, outcome `success` or `denied`, with the filters,
         *     the number of rows and `personal_data` = `true`).
         */
        get: operations["exportDeputies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deputies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** A person with all mandates (履职档案 seed), sensitive fields masked */
        get: operations["getDeputy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a person's fields (修改代表信息)
         * @description Needs `deputy.manage`. Send `version`. To change the ID number or the phone send both.
         *     Audited (`deputy.update`, masked before/after).
         */
        patch: operations["updateDeputy"];
        trace?: never;
    };
    "/api/v1/deputies/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show the full ID number, phone and birth date (查看完整信息)
         * @description Needs `deputy.reveal`. Every call writes an audit record (`deputy.reveal`). No other response carries these values.
         */
        post: operations["revealDeputy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deputies/{id}/mandates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a mandate at another level or term (新增代表资格)
         * @description Needs `deputy.manage` at the new mandate's congress; the term must be that congress's. One mandate per person and term. Audited (`deputy.mandate.add`).
         */
        post: operations["addMandate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a mandate (辞职、罢免、终止、去世)
         * @description Only a serving mandate ends (409 otherwise); the end date is not before its start. Send `version`. Audited (`deputy.mandate.end`).
         */
        post: operations["endMandate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The suggestions list and tracking board (建议列表、跟踪督办)
         * @description The items the caller relates to (see `docs/suggestions.md`, "Who sees and does
         *     what"): a deputy sees their own and co-signed suggestions, staff and leaders those of
         *     their congresses, unit officers and heads those their unit is on. Drafts (`draft`,
         *     `cosigning`) are shown only to their lead deputy and invited co-signers. Flags are
         *     computed from `next_due_on` and today's date (Asia/Shanghai). Default order
         *     `-updated_at`. `q` matches the title, the number text and the lead deputy's name.
         */
        get: operations["listSuggestions"];
        put?: never;
        /**
         * Start a draft (新建建议), or enter a paper suggestion for a deputy (代录)
         * @description Without `lead_person_id`: the caller, a deputy (`suggestion.draft`) serving in the
         *     session's term, starts a draft and is its lead deputy; the item is `draft`.
         *     With `lead_person_id`: liaison staff (`suggestion.manage` at the session's congress)
         *     enter a paper suggestion on that deputy's behalf; the item starts `submitted`.
         *     Audited (`suggestion.create` / `suggestion.enter_on_behalf`).
         *     With an `Idempotency-Key` header, a retry by the same account with the same key
         *     creates nothing and answers with the suggestion the first request created
         *     (header `Idempotent-Replayed: true`).
         */
        post: operations["createSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the filtered list to .xlsx (导出)
         * @description The same filters and order as the list, all pages, one worksheet. Every cell is
         *     text; a leading = + - @ is neutralised. Each export is audited (`suggestion.export`,
         *     with the filters and the number of rows).
         */
        get: operations["exportSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The word lists of suggestion forms (答复类别、星级、类别、会次、承办单位 …)
         * @description Answer classes, star levels, not-a-suggestion reasons, categories and contact methods
         *     from the configured rules; the sessions the caller may draft in (a deputy: the
         *     sessions of the terms they serve in; staff: their congresses' sessions); and the
         *     active handling units the caller may assign to (empty for callers who cannot assign).
         */
        get: operations["getSuggestionOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deputies serving in a session's term (联名代表、代录代表 pickers)
         * @description At most 50 people, pinyin order; `q` matches the name.
         */
        get: operations["listSuggestionPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/batch-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign several suggestions alike (交办会), all or nothing
         * @description One `assign` per item in one transaction, with the same units and mode. Any item
         *     that cannot be assigned (state, stale version, not classified) fails the whole
         *     call: 409 naming the item, or 400 with field errors `items[N].…`. Audited per item.
         */
        post: operations["batchAssignSuggestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * One suggestion with everything about it (建议详情)
         * @description Parties, clocks (with flags), contacts, answers, commitments, evaluations,
         *     attachments, merged items, the timeline, and the caller's `relations` and
         *     `available_actions` (the buttons to show: enabled, or disabled with the reason). 404
         *     when the caller may not see it.
         */
        get: operations["getSuggestion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * The lead deputy edits a draft (修改建议)
         * @description The workflow table's `edit` row: only the lead deputy (403 for another party), while
         *     the item is `draft`, `cosigning` or `returned` (409 otherwise, naming the state); the
         *     detail offers `edit` in `available_actions` exactly then. Send `version`. Audited
         *     (`suggestion.edit`).
         */
        patch: operations["updateSuggestion"];
        trace?: never;
    };
    "/api/v1/suggestions/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                /**
                 * @description The workflow action (see `SuggestionAction`). An unknown name answers 404, and so
                 *     does `edit` (that is `PATCH /suggestions/{id}`).
                 */
                action: components["schemas"]["SuggestionAction"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One workflow action (提交、初审、立案、交办、签收、答复、签发、评价 …)
         * @description The body carries `version` and the action's inputs (the table "Action inputs" in
         *     `docs/suggestions.md`); fields the action does not use are refused. The caller's
         *     relation to the item decides who acts. 404: no relation to the item. 409
         *     (`failed_precondition`): the state does not allow the action (the detail names the
         *     state) or a guard fails (the detail says why, e.g. 尚未与代表沟通，不能答复);
         *     409 (`conflict`): stale `version`. 403: a party without the right to this action.
         *     400: the action's own data is missing or wrong, as field errors (`reason`,
         *     `answer_class`, `commitments[0].due_on` …). Audited (`suggestion.<action>`); the
         *     parties told are notified.
         */
        post: operations["actOnSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The message thread of a suggestion (沟通留言), oldest first */
        get: operations["listSuggestionMessages"];
        put?: never;
        /**
         * Write to the thread (deputies, units, committee)
         * @description Any party of a submitted item may write (not on drafts, 409). The other sides are
         *     notified.
         */
        post: operations["postSuggestionMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file (上传附件)
         * @description The request body is the file itself (at most 10 MiB). Allowed types by the name's
         *     extension: pdf, ofd, doc, docx, xls, xlsx, jpg, jpeg, png (415 otherwise); the
         *     content must match the extension's file signature. Any party of the item may attach.
         *     Audited (`suggestion.attachment.add`).
         */
        post: operations["uploadSuggestionAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/{id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                attachment_id: number;
            };
            cookie?: never;
        };
        /** Download an attachment (下载附件) */
        get: operations["downloadSuggestionAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's notifications (消息提醒), newest first
         * @description With `unread=true` only the unread ones. `unread` in the answer counts all unread ones.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all of the caller's notifications read (全部已读) */
        post: operations["readAllNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one notification read (标为已读)
         * @description Idempotent. Another account's notification answers 404.
         */
        post: operations["readNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{year}": {
        parameters: {
            query?: {
                /**
                 * @description Whose calendar: a congress (org node). Default: the caller's home congress. A
                 *     congress outside the caller's scope that is not above it answers 404.
                 */
                org_node_id?: number;
            };
            header?: never;
            path: {
                /** @description A year from 2000 to 2100; anything else answers 404. */
                year: number;
            };
            cookie?: never;
        };
        /**
         * The working-day calendar of a congress for a year (工作日历)
         * @description Holidays (days off whatever the weekday) and make-up working days (调休上班) that
         *     the deadlines of this congress's suggestions count on. Each congress's calendar in
         *     force is the base calendar (the national arrangement, maintained by the root congress),
         *     then the days of each congress above it from the root down, then its own days; for
         *     the same date the nearer congress wins. Each day names the congress that listed it;
         *     `inherited` days come from above and are read-only here. Needs `calendar.manage`,
         *     `suggestion.read` or `suggestion.handle` somewhere (else 403). A year with no data has
         *     both lists empty (weekends only).
         */
        get: operations["getCalendarYear"];
        /**
         * Replace a congress's own holidays and make-up working days of a year
         * @description Replaces only the own days of the congress `org_node_id` (default: the caller's home
         *     congress); inherited days are untouched (list a date to override it locally, e.g. a
         *     county's local holiday). Needs `calendar.manage` over that congress: 403 for a
         *     congress above the caller's (a county's staff cannot edit the province's calendar),
         *     404 outside the caller's scope. Every date must be in the year, appear once, and a
         *     make-up working day cannot also be a holiday; problems come back as field errors
         *     (`holidays[3].date`, `makeup_workdays[0].name`). Running clocks keep their due dates;
         *     new ones count on the new calendar. Audited (`calendar.update`, with the congress).
         */
        put: operations["putCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/draws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Random sampling reviews (随机抽样点评) in the caller's scope
         * @description Draws whose congress lies under the caller's `suggestion.read` or `supervision.manage`
         *     scope, newest first. 403 without either permission anywhere. Filters: `status`,
         *     `session_id`, `org_node_id`; `q` searches the title.
         */
        get: operations["listSamplingDraws"];
        put?: never;
        /**
         * Announce a draw — fix its population and publish its hash
         * @description The population is the session's suggestions at `stage` (assigned: handed to a unit and
         *     not withdrawn; answered: an answer was signed off), narrowed by the optional lead unit,
         *     category and star level; merged items count through the item they were merged into.
         *     It is stored as it stands now, with each item's stratum, and its SHA-256 published as
         *     `population_hash` (`GET …/population` gives the exact text). The seed may be given
         *     now (a number the committee announces) or later with `POST …/seed` (a public value not
         *     yet known). Needs `supervision.manage` over the session's congress (403; a session
         *     outside the caller's scope is a field error). `sample_size` above the population is a
         *     field error. Audited (`supervision.sample.announce`, with the population's size and
         *     hash).
         */
        post: operations["announceSamplingDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/draws/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A draw with its drawn items
         * @description Readable with `suggestion.read` or `supervision.manage` over its congress; 404
         *     otherwise. `items` is empty until the draw; `can_manage` says whether the caller may
         *     publish the seed and draw.
         */
        get: operations["getSamplingDraw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/draws/{id}/population": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * The population as announced, exactly the text that was hashed
         * @description One line `<suggestion id>\t<stratum>\n` per item, in ascending id order; its SHA-256
         *     is the draw's `population_hash` (`sha256sum` checks it). With the seed, anyone can
         *     recompute the draw (docs/supervision.md). Same access as the draw.
         */
        get: operations["getSamplingPopulation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/draws/{id}/seed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the seed of an announced draw, once
         * @description The seed is trimmed; one line of at most 200 characters. 409 `failed_precondition`
         *     when the draw already has one (a seed never changes), 409 `conflict` for a stale
         *     `version`. Needs `supervision.manage` over the draw's congress (403; 404 outside the
         *     caller's read scope). Audited (`supervision.sample.seed`).
         */
        post: operations["publishSamplingSeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/draws/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draw the items — deterministic from the population and the seed
         * @description Each item's key is SHA-256 of `<seed>\n<population_hash>\n<id>`; `sample_size` is
         *     shared over the strata in proportion to their size (largest remainder, ties by stratum
         *     name) and within each stratum the smallest keys are drawn. 409 `failed_precondition`
         *     without a seed or when already drawn (the result never changes); 409 `conflict` for a
         *     stale `version`; 500 when the stored population no longer matches its hash. Needs
         *     `supervision.manage`. Audited (`supervision.sample.draw`, with the items).
         *     `daibiao sample verify --db URL --draw ID` recomputes it from the database.
         */
        post: operations["runSamplingDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/draws/{id}/items/{suggestion_id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                /** @description A drawn item (a suggestion id); one not drawn answers 404. */
                suggestion_id: number;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * The unit's report (汇报) on a drawn item, as recorded by the committee
         * @description Replaces the report. Only while the draw is drawn (409 before the draw and after
         *     publication). Needs `supervision.manage` (403 for members). Audited
         *     (`supervision.sample.report`).
         */
        put: operations["saveSamplingReport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/draws/{id}/items/{suggestion_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                /** @description A drawn item (a suggestion id); one not drawn answers 404. */
                suggestion_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member's comment (点评) on a drawn item
         * @description A member (`suggestion.read` over the congress: leaders, committee staff) comments as
         *     themselves; the committee (`supervision.manage`) may enter a member's written comment
         *     under `member_name` (others: 400). Only while drawn. Audited
         *     (`supervision.sample.comment`).
         */
        post: operations["addSamplingComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/draws/{id}/items/{suggestion_id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                /** @description A drawn item (a suggestion id); one not drawn answers 404. */
                suggestion_id: number;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * A member's score sheet (测评) on a drawn item
         * @description One score from 0 to 100 per criterion of the draw, in order. The sheet's total is
         *     Σ weight × score / 100 (weights sum to 100); a member's new sheet replaces their old
         *     one. Who: as for comments (`member_name` for the committee's paper sheets). Only while
         *     drawn. Audited (`supervision.sample.score`, with the scores).
         */
        put: operations["saveSamplingScore"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/draws/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the results — scores final, low ones handled again
         * @description Every drawn item needs at least one score sheet (409 naming those without). An item's
         *     score is the mean of its sheets' totals, rounded half up to the hundredth; it passes at
         *     `pass_score` or more. Below it, an item that is answered, in follow-up or closed is
         *     sent back for re-handling (the workflow's `supervise_rehandling`, with the score in the
         *     reason and the timeline); every other item's lead unit and lead deputy are notified of
         *     the score (kind `sampling_review`). The draw is then published and frozen. Needs
         *     `supervision.manage`; 409 for a stale `version`. Audited (`supervision.sample.publish`).
         */
        post: operations["publishSamplingResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/clearing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The clearing board (清零行动) of a congress's year
         * @description Every suggestion of the sessions opened in `year` under the congress (itself and the
         *     congresses below it) that is not yet cleared, counted per lead unit: in total, by the
         *     stage it stands at (each item at exactly one, so the stages add up to the total) and by
         *     two flags across the stages — overdue (its next deadline is before today) and slipped
         *     (a commitment is open past its date). The items no unit leads yet are one row with
         *     `unit_id` null. With the countdown to 31 December, the years that have sessions, and
         *     the year's carry-over plan once made. Exact definitions: docs/supervision.md.
         *
         *     Default congress: the caller's own (the widest scope of `suggestion.read` or
         *     `supervision.manage`); default year: this year (Asia/Shanghai). 403 without either
         *     permission anywhere; 404 for a congress outside the caller's scope.
         */
        get: operations["getClearingBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/clearing/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The clearing board as a workbook
         * @description Two sheets: 按单位 (every unit row of the board, sorted as asked, and a 合计 row) and
         *     未清零建议 (every remaining item with its unit, stage, flags and next deadline). The
         *     same parameters and errors as the board (paging ignored). Audited
         *     (`supervision.clearing.export`).
         */
        get: operations["exportClearingBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/clearing/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Carry the year's remaining items over into a dated plan (结转)
         * @description Records every item the board counts now (congress and year as given) in a plan to be
         *     cleared by `due_on` (after today), with its unit, stage and flags as they stand. One
         *     plan per congress and year (409 for a second); 409 when nothing remains. Needs
         *     `supervision.manage` over the congress. Audited (`supervision.clearing.carry_over`).
         */
        post: operations["carryOverClearing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/clearing/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A carry-over plan with its items, each as carried over and as it stands now
         * @description `cleared` counts the carried items that no longer remain (closed, withdrawn …). 404
         *     outside the caller's read scope.
         */
        get: operations["getClearingPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Five-present handling meetings (五到场办理会) on the items the caller sees
         * @description Meetings on every suggestion the caller may see (the suggestion board's visibility),
         *     latest date first. Filters `suggestion_id`, `status`, `unit_id` (the lead unit when
         *     scheduled); `q` searches the item's title, the place and the topic. 403 for a caller
         *     who sees no suggestion.
         */
        get: operations["listHandlingMeetings"];
        put?: never;
        /**
         * Schedule a five-present meeting on a suggestion
         * @description The committee (liaison staff over the item) or its lead unit (officers, head) schedules
         *     it while the item is with the lead unit: assigned, handling, asking to be re-assigned,
         *     answer awaiting sign-off, answered, handled again or in follow-up (409 otherwise). The
         *     meeting is counted under the lead unit of that moment. It appears in the item's
         *     timeline (`meeting_scheduled`); the lead unit's officers and the lead deputy are told
         *     (notification kind `handling_meeting`). 404 for an item the caller does not see; 403
         *     for one they only read. Audited (`supervision.meeting.schedule`).
         */
        post: operations["scheduleHandlingMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/meetings/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meetings held and with all five present, per unit, for a congress's year
         * @description For each unit, the meetings held in `year` (by `held_on`) on items of the congress and
         *     those under it, counted under the lead unit when the meeting was scheduled; of them those
         *     where every one of the five parties had someone present; and that share in percent
         *     (two decimals, null when none was held). Default congress: the caller's own; default
         *     year: this year. Read by `suggestion.read` or `supervision.manage` over the congress
         *     (403 without either anywhere, 404 outside the caller's scope).
         */
        get: operations["getHandlingMeetingFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A meeting, with `can_organise` for the caller
         * @description 404 when the caller does not see its item.
         */
        get: operations["getHandlingMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/meetings/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a scheduled meeting as held — who came, minutes, photos
         * @description `attendance` names who came for each of the five parties (empty: nobody); at least one
         *     party. `held_on` is not after today. `photo_ids` are attachments of the same item that
         *     are JPG or PNG images (upload them first with
         *     `POST /api/v1/suggestions/{id}/attachments`). The meeting must still be scheduled (409);
         *     409 for a stale `version`. In the item's timeline (`meeting_held`) with the attendance.
         *     Audited (`supervision.meeting.record`).
         */
        post: operations["recordHandlingMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/meetings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled meeting, with the reason
         * @description The meeting must still be scheduled (409); 409 for a stale `version`. In the item's
         *     timeline (`meeting_cancelled`); the lead unit's officers and the lead deputy are told.
         *     Audited (`supervision.meeting.cancel`).
         */
        post: operations["cancelHandlingMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A congress's division of work among its supervising leaders (督办分工)
         * @description The rules by which an accepted item gets its supervising leader when none is named for
         *     it: star level and category (empty: any category) → a leader account; the category's
         *     rule comes before the rule for any category. With the accounts that may be chosen
         *     (active accounts holding the leader role at the congress or one above it). Default
         *     congress: the caller's own. Read by `suggestion.read` or `supervision.manage` over the
         *     congress (403 without either anywhere, 404 outside the caller's scope).
         */
        get: operations["getLeaderRules"];
        /**
         * Replace a congress's division of work
         * @description At most 200 rules; one per star level and category; each leader one of the congress's
         *     leader accounts (400 naming the rule otherwise). Needs `supervision.manage` over the
         *     congress. Audited (`supervision.leader_rules.replace`, the rules before and after).
         */
        put: operations["replaceLeaderRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/items/{id}/leader": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A suggestion's supervising leader (督办领导) and how it got one
         * @description `leader` is the one named for the item, else the supervising leader of the active key
         *     topic holding it, else the one the division of work gives it, else null. Whoever sees the item reads it (404 otherwise); `candidates` and
         *     `can_name` are for the committee (supervision.manage over the item's congress) while the
         *     item is accepted (已立案 … 办结).
         */
        get: operations["getItemLeader"];
        /**
         * Name the item's supervising leader, or go back to the division of work
         * @description `user_id` one of the candidates (400 otherwise), or null to drop the named leader. Needs
         *     `supervision.manage` over the item's congress (403 for one who only sees it); 409 while
         *     the item is not accepted or was withdrawn. The timeline shows 指定督办领导 and the named
         *     leader is told (notification kind `supervision_leader`). Audited
         *     (`supervision.leader.name`).
         */
        put: operations["nameItemLeader"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leader coverage (领衔督办全覆盖) of a congress's year
         * @description Over the items of the sessions opened in `year` under the congress that are accepted
         *     (已立案 … 办结; not withdrawn or refused): `items`; `named` (a leader named for the item);
         *     `by_key_topic` (none named; the leader of an active key topic holding it); `by_rule`
         *     (neither; the division of work gives one); `covered` = named + by_key_topic + by_rule;
         *     `uncovered` = items − covered (listed by `GET /api/v1/suggestions?leader=none`); `rate` =
         *     covered ÷ items in percent, rounded half up to two decimals, null without items. Same
         *     defaults and permissions as the clearing board.
         */
        get: operations["getLeaderCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/key-topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Key suggestions (重点督办) in the caller's scope
         * @description Topics whose congress lies under the caller's `suggestion.read` or `supervision.manage`
         *     scope, latest decision first. Filters `status`, `org_node_id`; `q` searches the title.
         *     403 without either permission anywhere.
         */
        get: operations["listKeyTopics"];
        put?: never;
        /**
         * Record a topic the chairman's meeting decided (列为重点督办)
         * @description One or more items (at most 200) of congresses under the topic's, each accepted and not
         *     closed and in no other active topic (400 naming `suggestion_ids[i]` otherwise); the
         *     supervising leader one of the congress's leader accounts (it becomes the items'
         *     supervising leader unless one is named for an item). Each item's timeline shows
         *     列为重点督办; its lead unit's officers and lead deputy are told (kind `key_suggestion`),
         *     and so is the leader. Needs `supervision.manage`. Audited (`supervision.key.create`).
         */
        post: operations["createKeyTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/key-topics/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Candidates for key supervision — items raised by many deputies at once
         * @description The year's items under the congress that are accepted and not closed, in no active
         *     topic, raised by at least `min_deputies` deputies (the lead deputy and the co-signers
         *     who confirmed; default 5, 2–1000), most first, at most 100. Same defaults and
         *     permissions as the clearing board.
         */
        get: operations["listKeyTopicCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/key-topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A topic with its items and activities
         * @description 404 outside the caller's `suggestion.read` / `supervision.manage` scope.
         */
        get: operations["getKeyTopic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/key-topics/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log an inspection, forum or topical inquiry (with questions and answers)
         * @description A date not after today and a summary; an inquiry (专题询问) carries at least one question
         *     with who asked (the answer and who answered may follow the question in the same
         *     record), other kinds none. Each item's timeline shows 重点督办活动. The topic must be
         *     active (409). Needs `supervision.manage`. Audited (`supervision.key.activity`).
         */
        post: operations["addKeyTopicActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/key-topics/{id}/conclude": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conclude a topic (办结) with its conclusion
         * @description Active (409 otherwise) and at `version` (409 when stale). Each item's timeline shows
         *     重点督办办结; its leader no longer counts as the items' supervising leader. Needs
         *     `supervision.manage`. Audited (`supervision.key.conclude`).
         */
        post: operations["concludeKeyTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The figures of suggestion handling (统计), grouped, with the counts behind each rate
         * @description For a congress and those under it (default: the caller's widest) and a year (default:
         *     this year; items of sessions opening in it) or one session, over accepted items
         *     (已立案 … 办结; with 分办 each unit's item counts): every figure defined in
         *     docs/figures.md — counts (`items`, `answered`, the contradictions `a_dissatisfied`,
         *     `satisfied_c`, `b_slipped_satisfied`) and rates as `{numerator, denominator, rate}`
         *     with `rate` in percent (two decimals, null without a denominator): `on_time`,
         *     `contact`, `class_a` … `class_d`, `satisfaction`, `resolution`, `implementation`,
         *     `rehandling`, `cosigner_satisfaction`; and `mean_answer_days` (working days from
         *     assignment to the first answer) with its sum and count. Rows by `group_by` (`none`
         *     gives one row 合计), and the total. Read by `suggestion.read` or `supervision.manage`
         *     over the congress (403 without either anywhere, 404 for a congress outside the scope);
         *     a handling unit's officers and head read their own unit's figures only (`unit_id`).
         */
        get: operations["getSuggestionFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures/suggestions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The figures as an .xlsx workbook
         * @description The same query and rows as `GET /figures/suggestions`, one sheet 办理统计: a row per
         *     group and, when grouped, a 合计 row; counts as numbers, each rate as its percentage and
         *     "numerator/denominator", and the mean working days to answer. Audited
         *     (`figures.export`). Same readers.
         */
        get: operations["exportSuggestionFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures/suggestions/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The items one figure counts (drill-down)
         * @description The same query as the figures plus the row `key`, the `measure` and the `part`
         *     (numerator, the default, or denominator): exactly the items that figure counts, in id
         *     order, paged (at most 100). For `implementation` and `cosigner_satisfaction`, counted
         *     per commitment and per evaluation, the items holding them. `total` is how many items
         *     it counts; `hidden` how many of this page the caller may not see (listed only for those
         *     who see them).
         */
        get: operations["drillSuggestionFigure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Award rounds (评选表彰) of the congresses the caller reads
         * @description Rounds for excellent suggestions (优秀代表建议), handling units (优秀建议承办单位) and
         *     deputies (优秀人大代表), latest year first. Filters `org_node_id`, `year`, `kind`,
         *     `status`; `q` searches the title. Read by `suggestion.read` or `supervision.manage` (403
         *     without either anywhere).
         */
        get: operations["listAwardRounds"];
        put?: never;
        /**
         * Open an award round for a congress's year
         * @description One kind per round; `quota` (1–100) winners; `criteria` with integer weights summing to
         *     100 (at most 8; default per kind: suggestion 选题价值 30, 内容质量 30, 办理成效 40; unit
         *     办理态度 20, 沟通联系 20, 答复质量 20, 落实成效 40; deputy 履职态度 30, 建议质量 40,
         *     联系群众 30). Default title "<year>年度<kind title>评选", congress the caller's own, year
         *     this year. Needs `supervision.manage` over the congress. Audited
         *     (`supervision.award.create`).
         */
        post: operations["createAwardRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/awards/honours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published honours of a suggestion, a handling unit or a deputy
         * @description The published rounds of `kind` that the target (a suggestion id, a unit id or a deputy's
         *     person id) won, latest year first. Published honours are public on the platform: every
         *     signed-in account reads them. Both parameters are required.
         */
        get: operations["listHonours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/awards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * One round with its criteria and nominations
         * @description Each nomination with how many sheets it has and the caller's own scores (`my_scores`);
         *     nobody sees another member's sheet or a running score before publication. Once
         *     published, nominations come by rank with their score and whether they won. 404 outside
         *     the caller's supervision read scope.
         */
        get: operations["getAwardRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/awards/{id}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nominate a suggestion, a unit or a deputy
         * @description While nominating (409 otherwise), by `supervision.manage` over the round's congress.
         *     `target_id` is, by the round's kind, an accepted suggestion (立案 or later) of the
         *     round's year under the congress, an active handling unit of a congress under it, or the
         *     person of a deputy serving in a congress under it (400, field `target_id`, otherwise);
         *     once per round (409). A reason is required. Audited (`supervision.award.nominate`).
         */
        post: operations["nominateForAward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/awards/{id}/nominations/{nomination_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                nomination_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw a nomination while nominating
         * @description By `supervision.manage`; 409 once the scoring has opened. Audited (`supervision.award.withdraw`).
         */
        delete: operations["withdrawNomination"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/awards/{id}/nominations/{nomination_id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                nomination_id: number;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Give or replace the caller's sheet on a nomination
         * @description While scoring (409 otherwise), by a panel member: whoever reads the round's congress's
         *     supervision views. One score 0–100 per criterion, in order; the sheet's total is
         *     Σ weight × score in hundredths of a point. Audited (`supervision.award.score`).
         */
        put: operations["scoreNomination"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/awards/{id}/open-scoring": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the nominations and open the scoring
         * @description From nominating only, with at least one nomination (409), at `version` (409 when stale).
         *     By `supervision.manage`. Audited (`supervision.award.open_scoring`).
         */
        post: operations["openAwardScoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/awards/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the results
         * @description From scoring only (409), at `version`. Each nomination's score is the mean of its
         *     sheets' totals, rounded half up to the hundredth of a point; nominations without a sheet
         *     are not ranked. Ranks by score (ties share a rank: 1, 1, 3); the nominations ranked
         *     within `quota` win — so all those tied at the line win. A winning suggestion's timeline
         *     shows 获评优秀代表建议 (`award_won`) and its parties are told (notification kind
         *     `award`). By `supervision.manage`. Audited (`supervision.award.publish`, with the
         *     winners and their scores).
         */
        post: operations["publishAwardRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unit scorecards (承办单位考评) of a congress's year
         * @description Each lead unit's score by the congress's weighted formula (docs/supervision.md): the
         *     components are the unit's 按时答复率, 答复前沟通率, 问题解决率, 承诺落实率 and 满意率 — the
         *     same counts as `GET /figures/suggestions?group_by=unit` — and its mean published
         *     sampling score; each with its value (0–100, two decimals; null without data), weight,
         *     numerator and denominator (for sampling: the sum of scores in hundredths and the items).
         *     Score = Σ weight × value ÷ Σ weight over the components present, rounded half up to two
         *     decimals; null without any. Units best first, ties sharing a rank; units without a
         *     score last. Default congress: the caller's own; default year: this year. Read by
         *     `suggestion.read` or `supervision.manage` over the congress.
         */
        get: operations["getUnitScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/scorecards/weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the congress's scorecard weights for a year
         * @description Each weight an integer 0–100, all six summing to 100 (400 otherwise: field `weights` or
         *     `weights.<component>`). Without weights of its own a congress's year uses the defaults
         *     (按时答复率 20, 答复前沟通率 15, 问题解决率 25, 承诺落实率 20, 满意率 10, 抽样点评得分 10). Needs
         *     `supervision.manage` over the congress. Audited (`supervision.scorecard.weights`, each
         *     changed weight).
         */
        put: operations["setScorecardWeights"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fund pools (经费保障) of the congresses the caller reads
         * @description Each pool with its balance: `total_fen`, `granted_fen` (the sum of its grants),
         *     `spent_fen` (spent out of them) and `available_fen` = total − granted, what it can still
         *     grant. All amounts are integer fen. Filters `org_node_id`, `year`, `status`, `source`;
         *     `q` searches the name and the budget line. Read by `suggestion.read` or
         *     `supervision.manage` (403 without either anywhere).
         */
        get: operations["listFundPools"];
        put?: never;
        /**
         * Create a fund pool for a congress's year
         * @description A special fund (专项资金, e.g. a county's fund for solving what suggestions raise) or a
         *     budget line (预算科目, whose code and name `budget_line` then names). `total_fen` from 1
         *     to 10^12 fen (100 亿元). Default congress: the caller's own; default year: this year
         *     (2000–2100). 409 with a field error on `name` when the congress already has a pool of
         *     that name that year. Needs `supervision.manage` over the congress. Audited
         *     (`supervision.fund.create`).
         */
        post: operations["createFundPool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/funds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * One fund pool with its balance
         * @description 404 outside the caller's supervision read scope.
         */
        get: operations["getFundPool"];
        /**
         * Change a pool's name, source, total, note or status
         * @description At `version` (409 when stale). The total may not fall below what the pool has granted
         *     (400, field `total_fen`, naming that amount). A `closed` pool grants nothing more and is
         *     no longer offered for granting; its grants and their spending stay. Needs
         *     `supervision.manage` over the pool's congress. Audited (`supervision.fund.update`, with
         *     each changed field).
         */
        put: operations["updateFundPool"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Money asked for the items the caller sees
         * @description Every ask on a suggestion the caller may see (the suggestion board's visibility), latest
         *     first. Filters `suggestion_id`, `status`, `pool_id`, `unit_id`; `q` searches the item's
         *     title and the purpose. Rows carry no spends (the item's funding does). 403 for a caller
         *     who sees no suggestion.
         */
        get: operations["listFundingRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/items/{id}/funding": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A suggestion's funding — its asks, grants and spending
         * @description Whoever sees the item (404 otherwise). The totals leave refused asks out. `pools` lists,
         *     for a caller who may decide (`supervision.manage` over the item), the open pools of the
         *     item's congress and those above it that they manage, latest year first.
         */
        get: operations["getItemFunding"];
        put?: never;
        /**
         * Ask money for a suggestion's handling
         * @description The committee (liaison staff over the item) or its lead unit (officers, head) asks while
         *     the item is with the lead unit — assigned until closed (409 otherwise; 403 for others
         *     who see the item, 404 for those who do not). `asked_fen` from 1 to 10^12; a purpose is
         *     required. In the item's timeline (`funding_asked`). Audited
         *     (`supervision.funding.ask`).
         */
        post: operations["askFunding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/funding/{id}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant money for an ask from a pool
         * @description `supervision.manage` over the item (403). The ask must still be asked (409) and at
         *     `version` (409 when stale). The pool must be of the item's congress or one above it and
         *     managed by the caller (400, field `pool_id`); `granted_fen` positive and at most what was
         *     asked (400, field `granted_fen`); the pool open and holding at least that much (409,
         *     "超出资金余额：核定 …，可用余额仅 …"). The check and the pool's update are one
         *     conditional statement, so two grants racing for the same money never overdraw it.
         *     In the item's timeline (`funding_granted`); the item's parties are told (notification
         *     kind `funding`). Audited (`supervision.funding.grant`, with the pool's available amount
         *     before and after).
         */
        post: operations["grantFunding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/funding/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse an ask (未予安排) with the reason
         * @description Like a grant: `supervision.manage` over the item, the ask still asked and at `version`.
         *     In the item's timeline (`funding_refused`); the item's parties are told. Audited
         *     (`supervision.funding.refuse`).
         */
        post: operations["refuseFunding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/funding/{id}/spend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a payment out of a grant
         * @description The ask must be granted (409, answered to whoever sees the item: its status is shown to
         *     them anyway); then the committee or the item's lead unit records (403 for others). The
         *     amount positive and, with what was spent before, at most the grant (400, field
         *     `amount_fen`, naming what is left); `spent_on` not after today; a note of what was paid
         *     for. Adds to the ask's and its pool's `spent_fen`. In the item's timeline
         *     (`funding_spent`). Audited (`supervision.funding.spend`).
         */
        post: operations["spendFunding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SessionInfo: {
            id: number;
            user_id: number;
            username: string;
            display_name: string;
            ip: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_seen_at: string;
            /** Format: date-time */
            expires_at: string;
            /** @description the caller's own session */
            current: boolean;
        };
        /** @description A change to an administrator account waiting for (or decided by) a second administrator. */
        AdminRequest: {
            id: number;
            target_user_id: number;
            target_username: string;
            /** @enum {string} */
            action: "password.reset" | "totp.reset" | "deactivate" | "activate" | "edit";
            /** @description edit: the new display name */
            display_name: string | null;
            requested_by: number;
            requested_by_name: string;
            /** Format: date-time */
            requested_at: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            decided_by_name: string | null;
            /** Format: date-time */
            decided_at: string | null;
        };
        ImportPreview: {
            columns?: string[];
            /** @description field key → column index */
            mapping?: {
                [key: string]: number;
            };
            unmapped_required?: string[];
            fields?: {
                key?: string;
                title?: string;
                required?: boolean;
            }[];
            sample?: string[][];
            total_rows?: number;
            /** @enum {string} */
            encoding?: "xlsx" | "utf-8" | "gb18030";
        };
        ImportReport: {
            total_rows?: number;
            valid_rows?: number;
            committed?: boolean;
            errors?: {
                /** @description Spreadsheet row number (header = 1). */
                row?: number;
                field?: string;
                message?: string;
            }[];
        };
        /**
         * @description 在任 serving, 辞职 resigned, 罢免 recalled, 终止 terminated, 去世 deceased.
         * @enum {string}
         */
        MandateStatus: "serving" | "resigned" | "recalled" | "terminated" | "deceased";
        Mandate: {
            /** Format: int64 */
            id?: number;
            /** Format: int64 */
            person_id?: number;
            /** Format: int64 */
            org_node_id?: number;
            org_name?: string;
            /** @enum {string} */
            level?: "province" | "city" | "county" | "township";
            /** Format: int64 */
            term_id?: number;
            term_number?: number;
            /** @description 代表团/选举单位 */
            delegation?: string;
            status?: components["schemas"]["MandateStatus"];
            /** @example 在任 */
            status_title?: string;
            /** Format: date */
            started_on?: string;
            /** Format: date */
            ended_on?: string | null;
            end_reason?: string;
            /** Format: int64 */
            version?: number;
        };
        PersonFields: {
            name?: string;
            /** @enum {string} */
            gender?: "male" | "female";
            /** @example 汉族 */
            ethnicity?: string;
            /**
             * Format: date
             * @description Must agree with the ID number; derived from it when omitted.
             */
            birth_date?: string;
            party?: string;
            education?: string;
            occupation?: string;
            /** @description 专业领域 */
            field?: string;
            employer?: string;
            post?: string;
            /** @description Mainland mobile number. */
            phone?: string;
            /** @description GB 11643 ID number (MOD 11-2 check). */
            id_number?: string;
        };
        Person: {
            /** Format: int64 */
            id?: number;
            /**
             * Format: int64
             * @description The congress that registered the person.
             */
            org_node_id?: number;
            name?: string;
            /** @enum {string} */
            gender?: "male" | "female";
            ethnicity?: string;
            /**
             * @description The year of birth only; the full date comes from the audited reveal.
             * @example 1975
             */
            birth_year?: number | null;
            party?: string;
            education?: string;
            occupation?: string;
            field?: string;
            employer?: string;
            post?: string;
            /**
             * @description The last 4 digits only.
             * @example *******5678
             */
            phone_masked?: string;
            /**
             * @description The last 4 characters only.
             * @example **************1234
             */
            id_number_masked?: string;
            /** Format: int64 */
            version?: number;
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            mandates?: components["schemas"]["Mandate"][];
        };
        /** @description A person (without `mandates`) with one of their mandates. */
        DeputyRow: components["schemas"]["Person"] & {
            mandate?: components["schemas"]["Mandate"];
        };
        DeputyPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["DeputyRow"][];
        };
        MandateCreate: {
            /** Format: int64 */
            org_node_id: number;
            /** Format: int64 */
            term_id: number;
            delegation: string;
            /** Format: date */
            started_on: string;
        };
        DeputyCreate: components["schemas"]["PersonFields"] & {
            mandate: components["schemas"]["MandateCreate"];
        };
        PersonPatch: components["schemas"]["PersonFields"] & {
            /** Format: int64 */
            version: number;
        };
        MandateEnd: {
            /** Format: int64 */
            version: number;
            /** @enum {string} */
            status: "resigned" | "recalled" | "terminated" | "deceased";
            /** Format: date */
            ended_on: string;
            reason?: string;
        };
        Revealed: {
            id_number?: string;
            phone?: string;
            /** Format: date */
            birth_date?: string;
        };
        /** @description An RFC 9457 problem. `detail` and `errors[].message` are zh-CN and meant for people. */
        Problem: {
            /** @example about:blank */
            type: string;
            /**
             * @description Stable machine-readable code.
             * @enum {string}
             */
            code: "invalid_argument" | "unauthenticated" | "permission_denied" | "not_found" | "failed_precondition" | "conflict" | "too_many_requests" | "internal" | "bad_request" | "method_not_allowed" | "payload_too_large" | "unsupported_media_type" | "header_too_large";
            /** @description zh-CN title of the code, e.g. 请求内容有误, 未登录或会话已失效, 没有权限, 未找到, 数据冲突. */
            title: string;
            /** @description The HTTP status. */
            status: number;
            detail: string;
            /** @description Same as the `X-Request-Id` response header. */
            request_id: string;
            /** @description Field errors; present only when there are some. */
            errors?: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /** @example name */
            field: string;
            /** @example 不能超过 100 个字符 */
            message: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        Readiness: {
            /** @enum {string} */
            status: "ready" | "unavailable";
            /** @enum {string} */
            database: "ok" | "unreachable";
        };
        /**
         * Format: date-time
         * @description ISO 8601 UTC with milliseconds.
         * @example 2024-01-15T08:30:00.000Z
         */
        Timestamp: string;
        /**
         * Format: date
         * @example 2023-01-16
         */
        Date: string;
        /** @description The paging fields every list answer carries next to `items`. */
        ListPage: {
            page: number;
            page_size: number;
            /**
             * Format: int64
             * @description Matching records, counted up to 1000.
             */
            total: number;
            /** @description True when more than 1000 matched; `total` is then 1000 (the UI shows "1000+"). */
            total_capped: boolean;
        };
        /**
         * @description deputy 代表, liaison_staff 联工委工作人员, unit_officer 承办单位经办人, unit_head
         *     承办单位负责人, leader 领导, committee_staff 专委会工作人员, system_admin 系统管理员,
         *     security_admin 安全管理员, audit_admin 审计管理员.
         * @enum {string}
         */
        RoleName: "deputy" | "liaison_staff" | "unit_officer" | "unit_head" | "leader" | "committee_staff" | "system_admin" | "security_admin" | "audit_admin";
        /**
         * @description org.read 查看组织机构, org.manage 维护组织机构, user.read 查看账号, user.manage
         *     创建停用账号与重置密码, role.grant 授予撤销角色, audit.read 查阅审计日志,
         *     audit.export 导出审计日志, deputy.read 查看代表信息库（脱敏）, deputy.manage
         *     登记修改代表与导入导出, deputy.reveal 查看完整身份证号码和手机号码（留痕）,
         *     suggestion.draft 提出建议（代表）, suggestion.review 初审建议, suggestion.manage
         *     审查交办督办建议（联工委）, suggestion.handle 办理建议（承办单位经办人）,
         *     suggestion.sign_off 签发答复（承办单位负责人）, suggestion.read 查阅建议（领导、专委会）,
         *     calendar.manage 维护工作日历.
         * @enum {string}
         */
        PermissionName: "org.read" | "org.manage" | "user.read" | "user.manage" | "role.grant" | "audit.read" | "audit.export" | "deputy.read" | "deputy.manage" | "deputy.reveal" | "suggestion.draft" | "suggestion.review" | "suggestion.manage" | "suggestion.handle" | "suggestion.sign_off" | "suggestion.read" | "calendar.manage";
        LoginRequest: {
            /**
             * @description The 6-digit code of the account's authenticator, when it has a second factor.
             *     Missing or wrong: 401 with a field error on `totp_code` (a wrong code counts as a
             *     failed sign-in); each code signs in once.
             */
            totp_code?: string;
            username: string;
            /** Format: password */
            password: string;
        };
        LoginResult: {
            /** @description Echo it in `X-CSRF-Token` on state-changing requests. */
            csrf_token: string;
            /** @description Absolute end of the session (12 hours); it ends sooner after 30 idle minutes. */
            expires_at: components["schemas"]["Timestamp"];
            user: components["schemas"]["Me"];
        };
        Me: {
            /** @description GET /auth/me only. The account signs in with a second factor. */
            totp_enabled?: boolean;
            /**
             * @description GET /auth/me only. An administrator without a second factor (serve --admin-totp
             *     required, the default): every route but /auth/me, /auth/totp/setup and enable,
             *     /auth/password and /auth/logout answers 403 until one is set up.
             */
            totp_setup_required?: boolean;
            /**
             * @description GET /auth/me only. A staff or administrator password older than 90 days: every
             *     other route answers 403 until the password is changed (POST /auth/password).
             */
            password_expired?: boolean;
            /** Format: int64 */
            id: number;
            username: string;
            display_name: string;
            /**
             * Format: int64
             * @description The account's home org node.
             */
            org_node_id: number;
            /**
             * Format: int64
             * @description The handling unit of a unit officer or head (承办单位); null for others.
             */
            unit_id?: number | null;
            /**
             * Format: int64
             * @description The deputy (person) the account belongs to; null for accounts that are not a deputy's.
             */
            person_id?: number | null;
            grants: {
                role: components["schemas"]["RoleName"];
                /** @example 联工委工作人员 */
                role_title: string;
                /** Format: int64 */
                org_node_id: number;
                /** @example 湖南省人民代表大会 */
                org_name?: string;
            }[];
            /** @description The union of the permissions of all grants, sorted (for menus; each record is still checked). */
            permissions: components["schemas"]["PermissionName"][];
        };
        ChangePasswordRequest: {
            /** Format: password */
            old_password: string;
            /** Format: password */
            new_password: string;
        };
        /**
         * @description province 省, city 市, county 县, township 乡镇.
         * @enum {string}
         */
        OrgLevel: "province" | "city" | "county" | "township";
        /** @description A congress (人大) in the org tree, with its liaison committee's name. */
        OrgNode: {
            /** Format: int64 */
            id: number;
            /** @description Stable external code, unique, e.g. 430000. */
            code: string;
            /** @example 湖南省人民代表大会 */
            name: string;
            level: components["schemas"]["OrgLevel"];
            /** @example 省 */
            level_title: string;
            /**
             * Format: int64
             * @description Null for the root.
             */
            parent_id: number | null;
            /**
             * @description Materialised path of ids, e.g. /1/4/.
             * @example /1/4/
             */
            path: string;
            /** @example 选举任免联络工作委员会 */
            committee_name: string;
            /** Format: int64 */
            version: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        OrgNodeCreate: {
            code: string;
            name: string;
            level: components["schemas"]["OrgLevel"];
            /** Format: int64 */
            parent_id: number;
            /** @default  */
            committee_name?: string;
        };
        OrgNodePatch: {
            /** Format: int64 */
            version: number;
            code?: string;
            name?: string;
            committee_name?: string;
        };
        OrgNodePage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["OrgNode"][];
        };
        /**
         * @description government 政府部门, court 法院, procuratorate 检察院, enterprise 企业, other 其他.
         * @enum {string}
         */
        UnitKind: "government" | "court" | "procuratorate" | "enterprise" | "other";
        /** @description 承办单位 — a body that answers deputies' suggestions, attached to an org node. */
        HandlingUnit: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            org_node_id: number;
            code: string;
            /** @example 省教育厅 */
            name: string;
            kind: components["schemas"]["UnitKind"];
            active: boolean;
            /** Format: int64 */
            version: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        HandlingUnitCreate: {
            /** Format: int64 */
            org_node_id: number;
            code: string;
            name: string;
            /** @default government */
            kind?: components["schemas"]["UnitKind"];
        };
        HandlingUnitPatch: {
            /** Format: int64 */
            version: number;
            code?: string;
            name?: string;
            kind?: components["schemas"]["UnitKind"];
            active?: boolean;
        };
        HandlingUnitPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["HandlingUnit"][];
        };
        /** @description 届 — a congress's five-year term. */
        Term: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            org_node_id: number;
            number: number;
            /**
             * @description The number in Chinese followed by 届.
             * @example 十四届
             */
            title: string;
            start_date: components["schemas"]["Date"];
            end_date: components["schemas"]["Date"];
            /** Format: int64 */
            version: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        TermCreate: {
            /** Format: int64 */
            org_node_id: number;
            number: number;
            start_date: components["schemas"]["Date"];
            /** @description After `start_date`, at most six years later. */
            end_date: components["schemas"]["Date"];
        };
        TermPatch: {
            /** Format: int64 */
            version: number;
            number?: number;
            start_date?: components["schemas"]["Date"];
            end_date?: components["schemas"]["Date"];
        };
        TermPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["Term"][];
        };
        /** @description 次会议 — a plenary session of a term; suggestions are numbered per session. */
        Session: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            term_id: number;
            number: number;
            /**
             * @description The number in Chinese followed by 次会议.
             * @example 三次会议
             */
            title: string;
            opens_on: components["schemas"]["Date"];
            /** Format: int64 */
            version: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        SessionCreate: {
            /** Format: int64 */
            term_id: number;
            number: number;
            opens_on: components["schemas"]["Date"];
        };
        SessionPatch: {
            /** Format: int64 */
            version: number;
            number?: number;
            opens_on?: components["schemas"]["Date"];
        };
        SessionPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["Session"][];
        };
        RoleInfo: {
            role: components["schemas"]["RoleName"];
            /** @example 联工委工作人员 */
            title: string;
            /** @description One of the three separated administrators (三员). */
            admin: boolean;
            permissions: components["schemas"]["PermissionName"][];
        };
        /** @description An account (账号). The password hash never leaves the server. */
        User: {
            /** Format: int64 */
            id: number;
            username: string;
            display_name: string;
            /**
             * Format: int64
             * @description Home org node; decides who may see and manage the account.
             */
            org_node_id: number;
            /**
             * Format: int64
             * @description The 承办单位 of unit staff; null otherwise.
             */
            unit_id: number | null;
            active: boolean;
            /**
             * Format: date-time
             * @description End of the last lock after failed logins (may lie in the past); null when never locked or after a reset.
             */
            locked_until: string | null;
            /** Format: int64 */
            version: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        UserCreate: {
            username: string;
            display_name: string;
            /** Format: password */
            password: string;
            /** Format: int64 */
            org_node_id: number;
            /** Format: int64 */
            unit_id?: number | null;
        };
        UserPatch: {
            /** Format: int64 */
            version: number;
            display_name?: string;
            active?: boolean;
            /**
             * Format: int64
             * @description A unit id, or null to detach; absent leaves it unchanged.
             */
            unit_id?: number | null;
        };
        ResetPasswordRequest: {
            /** Format: password */
            password: string;
        };
        UserPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["User"][];
        };
        /** @description A role granted to an account at an org node (授权); it covers the node and its descendants. */
        Grant: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            user_id: number;
            role: components["schemas"]["RoleName"];
            /** @example 安全管理员 */
            role_title: string;
            /** Format: int64 */
            org_node_id: number;
            org_name: string;
            created_at: components["schemas"]["Timestamp"];
        };
        GrantCreate: {
            role: components["schemas"]["RoleName"];
            /** Format: int64 */
            org_node_id: number;
        };
        AuditChange: {
            field: string;
            /** @description Null when the field did not exist (create). Personal data is masked. */
            before: string | null;
            /** @description Null when the field no longer exists (delete). Personal data is masked. */
            after: string | null;
        };
        /** @description One record of the hash-chained audit log (审计记录). */
        AuditRecord: {
            /** Format: int64 */
            seq: number;
            at: components["schemas"]["Timestamp"];
            /**
             * Format: int64
             * @description Null for anonymous actors (failed logins) and the command line.
             */
            actor_id: number | null;
            actor_name: string;
            /** @description The acting role that justified the action ("" when none, `cli` for the command line). */
            role: string;
            /** Format: int64 */
            org_node_id: number | null;
            ip: string;
            request_id: string;
            /** @example org.node.update */
            action: string;
            /** @example org_node */
            object_type: string;
            object_id: string;
            /** @enum {string} */
            outcome: "success" | "denied" | "failure";
            changes: components["schemas"]["AuditChange"][];
            /** @description SHA-256 (hex) over this record and the previous record's hash. */
            hash: string;
        };
        AuditRecordPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["AuditRecord"][];
        };
        /**
         * @description draft 草稿, cosigning 联名征集中, submitted 已提交/待初审, initial_reviewed 待复审,
         *     returned 退回修改, not_accepted 不作为建议, accepted 已立案/待交办, assigned
         *     已交办/待签收, handling 办理中, reassignment_requested 申请改办, answer_drafted
         *     答复待签发, answered 已答复/待评价, rehandling 重新办理, follow_up 跟踪落实, closed 办结,
         *     withdrawn 已撤回.
         * @enum {string}
         */
        SuggestionState: "draft" | "cosigning" | "submitted" | "initial_reviewed" | "returned" | "not_accepted" | "accepted" | "assigned" | "handling" | "reassignment_requested" | "answer_drafted" | "answered" | "rehandling" | "follow_up" | "closed" | "withdrawn";
        /**
         * @description The workflow actions of `POST /suggestions/{id}/actions/{action}` (create and
         *     enter_on_behalf are `POST /suggestions`): invite_cosigners 邀请联名, cosigner_confirm
         *     确认联名, cosigner_decline 拒绝联名, submit 提交, initial_review_pass 初审通过,
         *     re_review_accept 复审立案, return_for_revision 退回修改, reject_not_suggestion
         *     不作为建议处理, classify 确定星级和类别, merge 并案, assign 交办, sign_for 签收,
         *     request_reassignment 申请改办, approve_reassignment 同意改办, reject_reassignment
         *     不同意改办, request_extension 申请延期, approve_extension 批准延期, reject_extension
         *     不批准延期, log_contact 登记沟通, submit_co_opinion 提交协办意见, draft_answer 答复,
         *     sign_off_answer 签发答复, send_back_answer 退回答复, evaluate 评价, close 办结,
         *     report_progress 报告进展, look_back 回头看, withdraw 撤回, supervise_rehandling 督办重办
         *     (the committee sends an answered, follow-up or closed item back for re-handling, with a
         *     reason; also taken when a sampling review scores it below the pass mark); and edit
         *     修改内容 (offered in `available_actions`, taken with `PATCH /suggestions/{id}`).
         * @enum {string}
         */
        SuggestionAction: "invite_cosigners" | "cosigner_confirm" | "cosigner_decline" | "submit" | "initial_review_pass" | "re_review_accept" | "return_for_revision" | "reject_not_suggestion" | "classify" | "merge" | "assign" | "sign_for" | "request_reassignment" | "approve_reassignment" | "reject_reassignment" | "request_extension" | "approve_extension" | "reject_extension" | "log_contact" | "submit_co_opinion" | "draft_answer" | "sign_off_answer" | "send_back_answer" | "evaluate" | "close" | "report_progress" | "look_back" | "withdraw" | "edit" | "supervise_rehandling";
        /**
         * @description How the caller relates to the item: lead_deputy 领衔代表, cosigner 联名代表,
         *     liaison_staff 联工委工作人员, township_reviewer 初审单位, lead_unit_officer 主办单位经办人,
         *     co_unit_officer 协办单位经办人, unit_head 承办单位负责人, leader 督办领导.
         * @enum {string}
         */
        SuggestionRelation: "lead_deputy" | "cosigner" | "liaison_staff" | "township_reviewer" | "lead_unit_officer" | "co_unit_officer" | "unit_head" | "leader";
        /**
         * @description sign_for 签收期限, answer 答复期限, reassignment_window 申请改办期限, co_opinion
         *     协办意见期限, evaluation 代表反馈期限, rehandling 重新办理期限, commitment 承诺落实期限.
         * @enum {string}
         */
        ClockKind: "sign_for" | "answer" | "reassignment_window" | "co_opinion" | "evaluation" | "rehandling" | "commitment";
        /**
         * @description joint 主办+协办 (one answer), split 分办 (each unit answers its own item).
         * @enum {string}
         */
        AssignMode: "joint" | "split";
        /**
         * @description phone 电话, visit 走访, meeting 座谈见面, other 其他.
         * @enum {string}
         */
        ContactMethod: "phone" | "visit" | "meeting" | "other";
        /**
         * @description satisfied 满意, basically_satisfied 基本满意, dissatisfied 不满意.
         * @enum {string}
         */
        Rating: "satisfied" | "basically_satisfied" | "dissatisfied";
        /**
         * @description done 已落实, partly_done 部分落实, not_done 未落实.
         * @enum {string}
         */
        LookBackResult: "done" | "partly_done" | "not_done";
        /**
         * @description Computed from a due date and today (Asia/Shanghai) whenever shown: due_soon 临近到期
         *     (0 ≤ days_left ≤ 7), overdue 已超期 (days_left < 0), very_overdue 严重超期 (more than
         *     30 days after). A stopped clock raises none.
         */
        DeadlineFlags: {
            due_soon: boolean;
            overdue: boolean;
            very_overdue: boolean;
            /** @description Due date minus today in calendar days, negative once overdue; null when nothing is due. */
            days_left: number | null;
        };
        /** @description A suggestion (代表建议) as lists show it. */
        SuggestionSummary: {
            /** Format: int64 */
            id: number;
            /** @description The session's number, given at 复审立案; null before. */
            number: number | null;
            /** @example 第12号 */
            number_text: string | null;
            title: string;
            /** @example 教育 */
            category: string;
            /** @description 急件 — answered on the congress's shorter urgent periods (Rules urgent_*). */
            urgent: boolean;
            /**
             * @description session 大会期间, recess 闭会期间.
             * @enum {string}
             */
            raised_in: "session" | "recess";
            /** @example 大会期间 */
            raised_in_title: string;
            state: components["schemas"]["SuggestionState"];
            /** @example 办理中 */
            state_title: string;
            star_level: number | null;
            /** Format: int64 */
            session_id: number;
            /** @example 十三届二次会议 */
            session_title: string;
            /**
             * Format: int64
             * @description The congress the suggestion is made to.
             */
            org_node_id: number;
            /** Format: int64 */
            lead_person_id: number;
            /** @description The lead deputy's name. */
            lead_name: string;
            /** Format: int64 */
            lead_unit_id: number | null;
            lead_unit_name: string | null;
            /** @description The signed-off answer's class (A–D). */
            answer_class: string | null;
            /** @description The latest evaluation. */
            rating: components["schemas"]["Rating"] | null;
            /** @description The earliest due date among running obligations. */
            next_due_on: components["schemas"]["Date"] | null;
            next_due_kind: components["schemas"]["ClockKind"] | null;
            flags: components["schemas"]["DeadlineFlags"];
            /**
             * Format: int64
             * @description 分办 — the suggestion this per-unit item was split from.
             */
            parent_id: number | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /** Format: int64 */
            version: number;
        };
        SuggestionPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["SuggestionSummary"][];
        };
        /**
         * @description A button of the detail: an action the workflow table gives the caller in this state.
         *     `enabled` ones succeed once their form is filled in validly; disabled ones wait for
         *     something about the item (a co-unit's opinion, a star level, a date to pass), and
         *     `reason` says what — the same words the action itself would be refused with (409).
         *     `edit` is the lead deputy's PATCH of the text, not an action route.
         */
        SuggestionAvailableAction: {
            name: components["schemas"]["SuggestionAction"];
            /** @example 签收 */
            title: string;
            /** @description Whether it can be taken now (always sent; absent means true). */
            enabled?: boolean;
            /**
             * @description Why it cannot be taken yet; null when enabled.
             * @example 还有1个协办单位未提交意见（协办意见期限2026-07-01），暂不能答复
             */
            reason?: string | null;
        };
        SuggestionCosigner: {
            /** Format: int64 */
            person_id: number;
            name: string;
            /** @enum {string} */
            status: "invited" | "confirmed" | "declined";
            /** @example 已确认 */
            status_title: string;
        };
        /** @description A handling unit on the item (主办 or 协办). */
        SuggestionUnit: {
            /** Format: int64 */
            unit_id: number;
            name: string;
            /** @enum {string} */
            role: "lead" | "co";
            signed_on: components["schemas"]["Date"] | null;
            /** @description A co-unit's written opinion ("" until sent). */
            opinion: string;
            reassignment_pending: boolean;
            reassignment_reason: string;
            /** @description A co-unit whose re-assignment was approved; it no longer acts. */
            released: boolean;
        };
        SuggestionClock: {
            /** Format: int64 */
            id: number;
            kind: components["schemas"]["ClockKind"];
            /** @example 答复期限 */
            kind_title: string;
            /**
             * Format: int64
             * @description Whose clock, when a unit's.
             */
            unit_id: number | null;
            unit_name: string | null;
            started_on: components["schemas"]["Date"];
            due_on: components["schemas"]["Date"];
            stopped_on: components["schemas"]["Date"] | null;
            /** @description True for obligations (they become overdue); false for windows that only lapse. */
            obligation: boolean;
            flags: components["schemas"]["DeadlineFlags"];
        };
        SuggestionContact: {
            /** Format: int64 */
            id: number;
            unit_name: string;
            method: components["schemas"]["ContactMethod"];
            /** @example 电话 */
            method_title: string;
            contact_on: components["schemas"]["Date"];
            summary: string;
            round: number;
            created_by_name: string;
        };
        SuggestionAnswer: {
            /** Format: int64 */
            id: number;
            round: number;
            /** @example B */
            answer_class: string;
            /** @example 正在解决或列入计划 */
            class_title: string;
            body: string;
            /** @enum {string} */
            status: "drafted" | "signed" | "void";
            drafted_by_name: string;
            drafted_at: components["schemas"]["Timestamp"];
            signed_by_name: string | null;
            signed_at: components["schemas"]["Timestamp"] | null;
        };
        SuggestionCommitment: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            answer_id: number;
            what: string;
            due_on: components["schemas"]["Date"];
            /** @enum {string} */
            status: "open" | "done";
            done_on: components["schemas"]["Date"] | null;
            /** @description The latest progress report or look-back comment ("" when none). */
            last_progress: string;
        };
        /** @description The lead deputy's evaluation of an answer (评价) or look-back at a commitment (回头看). */
        SuggestionEvaluation: {
            person_name: string;
            /** @enum {string} */
            kind: "evaluation" | "look_back";
            /**
             * @description A Rating for an evaluation, a LookBackResult for a look-back.
             * @enum {string}
             */
            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | "done" | "partly_done" | "not_done";
            /** @example 满意 */
            rating_title: string;
            comment: string;
            at: components["schemas"]["Timestamp"];
        };
        SuggestionAttachment: {
            /** Format: int64 */
            id: number;
            file_name: string;
            /** @example application/pdf */
            content_type: string;
            /**
             * Format: int64
             * @description Bytes.
             */
            size: number;
            created_at: components["schemas"]["Timestamp"];
        };
        SuggestionMergedItem: {
            /** Format: int64 */
            id: number;
            number_text: string | null;
            title: string;
        };
        /** @description One step of the item's history (from the audit of its actions). */
        SuggestionTimelineEntry: {
            at: components["schemas"]["Timestamp"];
            actor_name: string;
            /** @description The relation the actor acted in (a SuggestionRelation, or "" for the system). */
            relation: string;
            /** @example 主办单位经办人 */
            relation_title: string;
            /** @description A SuggestionAction, or create / enter_on_behalf / update. */
            action: string;
            /** @example 签收 */
            action_title: string;
            /** @description A SuggestionState, or "none" for creation. */
            from_state: string;
            from_state_title: string;
            to_state: string;
            to_state_title: string;
            /** @description What the action carried, in words (reason, units, class, rating …); "" when nothing. */
            detail: string;
        };
        SuggestionExtension: {
            /** @description An extension request awaits the committee. */
            requested: boolean;
            /** @description The requested answer deadline. */
            until: components["schemas"]["Date"] | null;
            reason: string;
            /** @description The answer deadline an approved extension set. */
            approved_until: components["schemas"]["Date"] | null;
        };
        SuggestionDetail: components["schemas"]["SuggestionSummary"] & {
            body: string;
            /** @description The deputy agrees to the suggestion being made public. */
            is_public: boolean;
            org_name: string;
            assign_mode: components["schemas"]["AssignMode"] | null;
            /** @description The handling round (1, then 2 … after 不满意 or 未落实). */
            round: number;
            dissatisfied_rounds: number;
            /** @description Why it was returned for revision ("" when not). */
            return_reason: string;
            not_accepted_reason: string;
            extension: components["schemas"]["SuggestionExtension"];
            submitted_at: components["schemas"]["Timestamp"] | null;
            /** @description When it was closed (办结); null while open. */
            closed_at: components["schemas"]["Timestamp"] | null;
            /** @description The caller's relations to the item. */
            relations: components["schemas"]["SuggestionRelation"][];
            /**
             * @description The caller's buttons, in workflow order: the actions the table gives them in
             *     this state, each enabled or disabled with the reason.
             */
            available_actions: components["schemas"]["SuggestionAvailableAction"][];
            cosigners: components["schemas"]["SuggestionCosigner"][];
            units: components["schemas"]["SuggestionUnit"][];
            clocks: components["schemas"]["SuggestionClock"][];
            contacts: components["schemas"]["SuggestionContact"][];
            answers: components["schemas"]["SuggestionAnswer"][];
            commitments: components["schemas"]["SuggestionCommitment"][];
            evaluations: components["schemas"]["SuggestionEvaluation"][];
            attachments: components["schemas"]["SuggestionAttachment"][];
            merged_with: components["schemas"]["SuggestionMergedItem"][];
            /** @description Oldest first. */
            timeline: components["schemas"]["SuggestionTimelineEntry"][];
        };
        SuggestionCreate: {
            /** Format: int64 */
            session_id: number;
            title: string;
            body: string;
            /** @description One of options.categories. */
            category: string;
            /** @default true */
            is_public?: boolean;
            /**
             * @description 急件 — the committee may also set or clear it when classifying.
             * @default false
             */
            urgent?: boolean;
            /**
             * @description session 大会期间, recess 闭会期间.
             * @default session
             * @enum {string}
             */
            raised_in?: "session" | "recess";
            /**
             * Format: int64
             * @description 代录 — the deputy the paper suggestion is from (staff only).
             */
            lead_person_id?: number;
        };
        SuggestionPatch: {
            /** Format: int64 */
            version: number;
            title?: string;
            body?: string;
            category?: string;
            is_public?: boolean;
            urgent?: boolean;
            /** @enum {string} */
            raised_in?: "session" | "recess";
        };
        CommitmentInput: {
            what: string;
            due_on: components["schemas"]["Date"];
        };
        /**
         * @description `version` and the inputs of the action (see `docs/suggestions.md`, "Action inputs");
         *     a field the action does not take is refused.
         */
        SuggestionActionRequest: {
            /** Format: int64 */
            version: number;
            /** @description Return, withdraw, re-assignment, extension, send back, not-a-suggestion; optional elsewhere. */
            reason?: string;
            /** @description reject_not_suggestion — one of options.not_suggestion_reasons. */
            reason_code?: string;
            /** @description invite_cosigners. */
            person_ids?: number[];
            /** @description classify — one of options.star_levels. */
            star_level?: number;
            /** @description classify. */
            category?: string;
            /** @description classify — mark the item urgent (急件) or clear it; its clocks started at assignment run on the periods in force then. */
            urgent?: boolean;
            /** @description merge — ids of the suggestions to handle together. */
            merge_with?: number[];
            mode?: components["schemas"]["AssignMode"];
            /**
             * Format: int64
             * @description assign / approve_reassignment (joint).
             */
            lead_unit_id?: number;
            /** @description assign / approve_reassignment (joint). */
            co_unit_ids?: number[];
            /** @description assign / approve_reassignment (split), at least two. */
            unit_ids?: number[];
            /**
             * Format: int64
             * @description approve_reassignment of a co-unit — the co-unit released.
             */
            unit_id?: number;
            /** @description request_extension — the new answer deadline. */
            until?: components["schemas"]["Date"];
            method?: components["schemas"]["ContactMethod"];
            /** @description log_contact — the day of the contact. */
            contact_on?: components["schemas"]["Date"];
            /** @description log_contact. */
            summary?: string;
            /** @description submit_co_opinion, report_progress. */
            note?: string;
            /** @description draft_answer — one of options.answer_classes. */
            answer_class?: string;
            /** @description draft_answer — the answer's text. */
            body?: string;
            /** @description draft_answer — required when the class needs commitments. */
            commitments?: components["schemas"]["CommitmentInput"][];
            rating?: components["schemas"]["Rating"];
            /** @description evaluate, look_back. */
            comment?: string;
            /**
             * Format: int64
             * @description report_progress, look_back.
             */
            commitment_id?: number;
            /** @description report_progress — the commitment is done. */
            done?: boolean;
            result?: components["schemas"]["LookBackResult"];
        };
        BatchAssignRequest: {
            items: {
                /** Format: int64 */
                id: number;
                /** Format: int64 */
                version: number;
            }[];
            mode: components["schemas"]["AssignMode"];
            /** Format: int64 */
            lead_unit_id?: number;
            co_unit_ids?: number[];
            unit_ids?: number[];
        };
        BatchAssignResult: {
            /** @description How many items were assigned. */
            assigned: number;
        };
        SuggestionOptions: {
            answer_classes: {
                /** @example B */
                code: string;
                /** @example 正在解决或列入计划 */
                title: string;
                needs_commitments: boolean;
            }[];
            star_levels: {
                stars: number;
                /** @example 主任会议成员督办 */
                supervised_by: string;
            }[];
            not_suggestion_reasons: string[];
            categories: string[];
            contact_methods: {
                name: components["schemas"]["ContactMethod"];
                title: string;
            }[];
            /** @description When a suggestion may be raised — session 大会期间, recess 闭会期间. */
            raised_in: {
                /** @enum {string} */
                name: "session" | "recess";
                title: string;
            }[];
            /**
             * @description The answer period in force, as people read it.
             * @example 3个月
             */
            answer: string;
            /**
             * @description The answer period of an urgent item (急件).
             * @example 1个月
             */
            urgent_answer: string;
            sessions: {
                /** Format: int64 */
                id: number;
                /** @example 湖南省十三届人大二次会议 */
                title: string;
                /** Format: int64 */
                org_node_id: number;
            }[];
            units: {
                /** Format: int64 */
                id: number;
                name: string;
            }[];
        };
        SuggestionPeople: {
            items: {
                /** Format: int64 */
                person_id: number;
                name: string;
                delegation: string;
            }[];
        };
        SuggestionMessage: {
            /** Format: int64 */
            id: number;
            author_name: string;
            /** @enum {string} */
            side: "deputy" | "unit" | "committee";
            body: string;
            at: components["schemas"]["Timestamp"];
        };
        SuggestionMessageList: {
            items: components["schemas"]["SuggestionMessage"][];
        };
        SuggestionMessageCreate: {
            body: string;
        };
        Notification: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            suggestion_id: number | null;
            /** @description What happened, e.g. a SuggestionAction name, `message`, `due_soon`, `overdue`. */
            kind: string;
            title: string;
            body: string;
            created_at: components["schemas"]["Timestamp"];
            read_at: components["schemas"]["Timestamp"] | null;
        };
        NotificationPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["Notification"][];
            /** @description All of the caller's unread notifications. */
            unread: number;
        };
        NotificationsUpdated: {
            updated: number;
        };
        CalendarDay: {
            date: components["schemas"]["Date"];
            /** @example 国庆节 */
            name: string;
        };
        CalendarDayInForce: {
            date: components["schemas"]["Date"];
            /** @example 国庆节 */
            name: string;
            /**
             * Format: int64
             * @description The congress that listed the day (base days count as the root congress's; null only while no congress exists).
             */
            org_node_id: number | null;
            /** @example 湖南省人民代表大会 */
            org_name: string;
            /** @description Listed by a congress above the one shown (read-only in this calendar). */
            inherited: boolean;
        };
        /**
         * @description announced (已公告：范围已固定，种子可能尚未公布), drawn (已抽取：抽取结果不再改变，进行汇报、点评、测评)
         *     or published (已公布：测评结果已定，不再改变).
         * @enum {string}
         */
        SamplingDrawStatus: "announced" | "drawn" | "published";
        SamplingDrawInput: {
            /** @example 区人大常委会第十二次会议随机抽样点评 */
            title: string;
            /**
             * Format: int64
             * @description The session whose suggestions are drawn from; the draw belongs to its congress.
             */
            session_id: number;
            /**
             * @default assigned
             * @enum {string}
             */
            stage?: "assigned" | "answered";
            /**
             * Format: int64
             * @description Only items of this lead unit.
             */
            unit_id?: number | null;
            /** @description Only items of this category ("" or absent = any). */
            category?: string;
            star_level?: number | null;
            /**
             * @default none
             * @enum {string}
             */
            strata?: "none" | "lead_unit" | "category" | "answer_class";
            sample_size: number;
            /** @description Where the seed comes from, as announced (e.g. 主任会议当场公布的四位数). */
            seed_source: string;
            /** @description The seed now, when it is already known; else publish it later. */
            seed?: string;
            /** @description The scoring criteria (测评项目); default 办理态度 20, 沟通联系 20, 答复质量 20, 落实成效 40. */
            criteria?: components["schemas"]["SamplingCriterion"][];
            /** @default 60 */
            pass_score?: number;
        };
        SamplingCriterion: {
            name: string;
            /** @description Weights of a draw sum to 100. */
            weight: number;
        };
        SamplingDraw: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            org_node_id: number;
            org_name: string;
            title: string;
            /** Format: int64 */
            session_id: number;
            /** @example 十八届人大三次会议 */
            session_title: string;
            /** @enum {string} */
            stage: "assigned" | "answered";
            /** Format: int64 */
            unit_id: number | null;
            unit_name: string;
            category: string;
            star_level: number | null;
            /** @enum {string} */
            strata: "none" | "lead_unit" | "category" | "answer_class";
            sample_size: number;
            seed_source: string;
            seed: string | null;
            status: components["schemas"]["SamplingDrawStatus"];
            population_size: number;
            /** @description SHA-256 (hex) of the population text (`GET …/population`). */
            population_hash: string;
            announced_by_name: string;
            /** Format: date-time */
            announced_at: string;
            /** Format: date-time */
            seeded_at: string | null;
            /** Format: date-time */
            drawn_at: string | null;
            drawn_by_name: string;
            pass_score: number;
            /** Format: date-time */
            published_at: string | null;
            /** Format: int64 */
            version: number;
            /** @description (single draw only) The scoring criteria in order. */
            criteria?: components["schemas"]["SamplingCriterion"][];
            /** @description (single draw only) The draw is being reviewed and the caller may comment and score. */
            can_score?: boolean;
            /** @description (single draw only) The caller may publish the seed and draw. */
            can_manage?: boolean;
            /** @description (single draw only) The drawn items in the order drawn; empty before. */
            items?: components["schemas"]["SamplingItem"][];
        };
        SamplingItem: {
            ordinal: number;
            /** Format: int64 */
            suggestion_id: number;
            /** @description The stratum value (a unit id, a category, an answer class; "" unstratified). */
            stratum: string;
            /** @description SHA-256 of seed, population hash and id — the item's place in the draw. */
            key: string;
            /** @description 第N号 (empty before numbering). */
            number: string;
            title: string;
            state: string;
            lead_unit_name: string;
            lead_name: string;
            review?: components["schemas"]["SamplingReview"];
        };
        SamplingReview: {
            /** @description The unit's report (汇报). */
            report: string;
            /** Format: date-time */
            reported_at: string | null;
            /** @description Once published, the item's score with two decimals ("74.00"). */
            score: string | null;
            /** @enum {string|null} */
            outcome: "passed" | "below" | null;
            /** @description Sent back for re-handling at publication. */
            rehandling: boolean;
            comments: {
                /** Format: int64 */
                id: number;
                member_name: string;
                body: string;
                /** Format: date-time */
                created_at: string;
            }[];
            sheets: {
                member_name: string;
                scores: number[];
                /** @description Σ weight × score / 100, two decimals. */
                total: string;
                /** Format: date-time */
                updated_at: string;
            }[];
        };
        /**
         * @description remaining 未清零 (every item counted), the stages — unreviewed 待审查立案, unassigned
         *     待交办, unanswered 未答复, unevaluated 待代表评价, rehandling 重新办理中, follow_up
         *     B类承诺未落实 — and the flags overdue 已超期 and slipped 承诺逾期.
         * @enum {string}
         */
        ClearingReason: "remaining" | "unreviewed" | "unassigned" | "unanswered" | "unevaluated" | "rehandling" | "follow_up" | "overdue" | "slipped";
        /** @description A count under each `ClearingReason` name. */
        ClearingTally: {
            remaining: number;
            unreviewed: number;
            unassigned: number;
            unanswered: number;
            unevaluated: number;
            rehandling: number;
            follow_up: number;
            overdue: number;
            slipped: number;
        };
        ClearingUnitRow: components["schemas"]["ClearingTally"] & {
            /**
             * Format: int64
             * @description null for the items no unit leads yet.
             */
            unit_id: number | null;
            unit_name: string;
        };
        ClearingPlanSummary: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            org_node_id: number;
            org_name: string;
            year: number;
            title: string;
            /** Format: date */
            due_on: string;
            note: string;
            item_count: number;
            created_by_name: string;
            /** Format: date-time */
            created_at: string;
        };
        ClearingBoard: {
            /** Format: int64 */
            org_node_id: number;
            org_name: string;
            year: number;
            /** Format: date */
            today: string;
            /** @description Days from today to 31 December of the year (0 on the day; 0 once ended). */
            days_left: number;
            year_ended: boolean;
            totals: components["schemas"]["ClearingTally"];
            /** @description Every reason with its zh-CN title, in board order. */
            reasons: {
                name: components["schemas"]["ClearingReason"];
                title: string;
            }[];
            units: components["schemas"]["ClearingUnitRow"][];
            page: number;
            page_size: number;
            /** @description Unit rows before paging. */
            total: number;
            /** @description Years with sessions under the congress, latest first. */
            years: number[];
            /** @description The year's carry-over plan once made. */
            plan: components["schemas"]["ClearingPlanSummary"] | null;
            /** @description The caller holds supervision.manage over the congress. */
            can_carry_over: boolean;
        };
        ClearingPlan: components["schemas"]["ClearingPlanSummary"] & {
            /** @description Carried items that no longer remain. */
            cleared: number;
            items: {
                /** Format: int64 */
                suggestion_id: number;
                number: number | null;
                title: string;
                lead_name: string;
                /** Format: int64 */
                unit_id: number | null;
                unit_name: string;
                /** @description The stage when carried over (a ClearingReason stage name). */
                stage: string;
                overdue: boolean;
                slipped: boolean;
                /** @description The item's state now. */
                state: string;
                /** Format: date */
                next_due_on: string | null;
            }[];
        };
        /**
         * @description scheduled 已安排, held 已召开, cancelled 已取消.
         * @enum {string}
         */
        MeetingStatus: "scheduled" | "held" | "cancelled";
        /**
         * @description Who came for each of the five parties, names as written ("王局长、李科长"; at most 100
         *     characters); empty when nobody of that party came. leader 分管领导, deputy 提出建议的代表,
         *     unit 承办单位, supervisor 人大督办人员, press 新闻媒体.
         */
        MeetingAttendance: {
            leader?: string;
            deputy?: string;
            unit?: string;
            supervisor?: string;
            press?: string;
        };
        MeetingFigure: {
            held: number;
            all_five: number;
            /** @description all_five ÷ held in percent, rounded half up to two decimals; null when none was held. */
            all_five_rate: number | null;
        };
        HandlingMeeting: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            suggestion_id: number;
            suggestion_number: number | null;
            suggestion_title: string;
            suggestion_state: string;
            /** Format: int64 */
            org_node_id: number;
            /**
             * Format: int64
             * @description The item's lead unit when the meeting was scheduled.
             */
            unit_id: number;
            unit_name: string;
            /** Format: date */
            scheduled_on: string;
            start_time: string;
            place: string;
            topic: string;
            status: components["schemas"]["MeetingStatus"];
            /** Format: date */
            held_on: string | null;
            attendance: WithRequired<components["schemas"]["MeetingAttendance"], "leader" | "deputy" | "unit" | "supervisor" | "press">;
            /** @description How many of the five parties had someone present (held meetings only). */
            parties_present: number | null;
            /** @description Held with every one of the five parties present. */
            all_five: boolean;
            minutes: string;
            cancel_reason: string;
            photos: {
                /** Format: int64 */
                attachment_id: number;
                file_name: string;
                content_type: string;
            }[];
            created_by_name: string;
            /** @description Who recorded or cancelled it. */
            closed_by_name: string;
            /** Format: int64 */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The caller may record or cancel it (single reads only). */
            can_organise?: boolean;
        };
        HandlingMeetingPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["HandlingMeeting"][];
        };
        LeaderAccount: {
            /** Format: int64 */
            user_id: number;
            name: string;
        };
        LeaderRules: {
            /** Format: int64 */
            org_node_id: number;
            org_name: string;
            rules: {
                star_level: number;
                category: string;
                /** Format: int64 */
                user_id: number;
                user_name: string;
            }[];
            leaders: components["schemas"]["LeaderAccount"][];
            can_manage: boolean;
        };
        ItemLeader: {
            /** Format: int64 */
            suggestion_id: number;
            leader: {
                /** Format: int64 */
                user_id: number;
                name: string;
                /**
                 * @description named 逐件指定; key_topic 重点督办事项的督办领导; rule 按星级和类别分工.
                 * @enum {string}
                 */
                source: "named" | "key_topic" | "rule";
            } | null;
            candidates: components["schemas"]["LeaderAccount"][];
            can_name: boolean;
        };
        KeyQuestion: {
            question: string;
            asked_by: string;
            answer?: string;
            /** @description Required with an answer. */
            answered_by?: string;
        };
        KeyTopicItem: {
            /** Format: int64 */
            suggestion_id: number;
            number: number | null;
            title: string;
            state: string;
            lead_name: string;
            lead_unit_name: string;
            /** Format: date */
            next_due_on: string | null;
            /** @description The lead deputy and the co-signers who confirmed. */
            deputies: number;
        };
        KeyTopicSummary: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            org_node_id: number;
            org_name: string;
            title: string;
            description: string;
            /** Format: date */
            decided_on: string;
            meeting: string;
            /** Format: int64 */
            leader_user_id: number | null;
            leader_name: string;
            government_leader: string;
            committee: string;
            /** @enum {string} */
            status: "active" | "concluded";
            conclusion: string;
            item_count: number;
            /** Format: int64 */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @description none 合计; unit 承办单位 (lead unit); category 类别; level 层级; org 人大; star 星级; month 答复月份 (of the first answer).
         * @enum {string}
         */
        FigureGroupBy: "none" | "unit" | "category" | "level" | "org" | "star" | "month";
        FigureRatio: {
            numerator: number;
            denominator: number;
            /** @description numerator ÷ denominator in percent, rounded half up to two decimals; null when the denominator is 0. */
            rate: number | null;
        };
        /** @description Every figure of a set of items; docs/figures.md defines each. */
        SuggestionFigures: {
            items: number;
            answered: number;
            on_time: components["schemas"]["FigureRatio"];
            contact: components["schemas"]["FigureRatio"];
            class_a: components["schemas"]["FigureRatio"];
            class_b: components["schemas"]["FigureRatio"];
            class_c: components["schemas"]["FigureRatio"];
            class_d: components["schemas"]["FigureRatio"];
            satisfaction: components["schemas"]["FigureRatio"];
            resolution: components["schemas"]["FigureRatio"];
            implementation: components["schemas"]["FigureRatio"];
            rehandling: components["schemas"]["FigureRatio"];
            a_dissatisfied: number;
            satisfied_c: number;
            b_slipped_satisfied: number;
            cosigner_satisfaction: components["schemas"]["FigureRatio"];
            /** @description Working days from assignment to the first answer, mean over answered items, two decimals. */
            mean_answer_days: number | null;
            answer_days: {
                sum: number;
                items: number;
            };
        };
        /**
         * @description suggestion 优秀代表建议; unit 优秀建议承办单位; deputy 优秀人大代表.
         * @enum {string}
         */
        AwardKind: "suggestion" | "unit" | "deputy";
        /**
         * @description nominating 提名中; scoring 评审中; published 已公布.
         * @enum {string}
         */
        AwardRoundStatus: "nominating" | "scoring" | "published";
        AwardRoundSummary: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            org_node_id: number;
            org_name: string;
            year: number;
            kind: components["schemas"]["AwardKind"];
            title: string;
            quota: number;
            note: string;
            status: components["schemas"]["AwardRoundStatus"];
            /** Format: date-time */
            published_at: string | null;
            nomination_count: number;
            /** Format: int64 */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        AwardRoundPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["AwardRoundSummary"][];
        };
        AwardNomination: {
            /** Format: int64 */
            id: number;
            /**
             * Format: int64
             * @description The suggestion, the handling unit or the deputy's person, by the round's kind.
             */
            target_id: number;
            /** @description The suggestion's title, the unit's or the deputy's name when nominated. */
            target_name: string;
            reason: string;
            nominated_by_name: string;
            /** @description How many panel members have scored it. */
            sheets: number;
            /** @description The caller's own sheet, in criteria order. */
            my_scores: number[] | null;
            /** @description Once published, the mean of its sheets in points with two decimals. */
            score: string | null;
            rank: number | null;
            awarded: boolean;
            /** Format: date-time */
            created_at: string;
        };
        AwardRound: components["schemas"]["AwardRoundSummary"] & {
            criteria: components["schemas"]["SamplingCriterion"][];
            nominations: components["schemas"]["AwardNomination"][];
            /** @description Sheets given in the round. */
            panel_sheets: number;
            /** @description The caller may nominate, open the scoring and publish (until published). */
            can_manage: boolean;
            /** @description The round is scoring and the caller is on its panel. */
            can_score: boolean;
        };
        ScorecardWeights: {
            on_time: number;
            contact: number;
            resolution: number;
            implementation: number;
            satisfaction: number;
            sampling: number;
        };
        ScorecardComponent: {
            /** @description 0–100, two decimals; null without data. */
            value: number | null;
            weight: number;
            numerator: number;
            denominator: number;
        };
        UnitScorecards: {
            /** Format: int64 */
            org_node_id: number;
            org_name: string;
            year: number;
            weights: components["schemas"]["ScorecardWeights"];
            /** @description The congress has set no weights for the year; the defaults apply. */
            default_weights: boolean;
            can_manage: boolean;
            units: {
                /** Format: int64 */
                unit_id: number;
                unit_name: string;
                score: number | null;
                /** @description The weights of the components present, summed. */
                weight_used: number;
                rank: number | null;
                components: {
                    on_time: components["schemas"]["ScorecardComponent"];
                    contact: components["schemas"]["ScorecardComponent"];
                    resolution: components["schemas"]["ScorecardComponent"];
                    implementation: components["schemas"]["ScorecardComponent"];
                    satisfaction: components["schemas"]["ScorecardComponent"];
                    sampling: components["schemas"]["ScorecardComponent"];
                };
            }[];
        };
        /**
         * @description special_fund 专项资金; budget_line 预算科目.
         * @enum {string}
         */
        FundSource: "special_fund" | "budget_line";
        /**
         * @description open 使用中; closed 已关闭 (grants nothing more).
         * @enum {string}
         */
        FundPoolStatus: "open" | "closed";
        /**
         * @description asked 待核定; granted 已核定; refused 未予安排.
         * @enum {string}
         */
        FundingRequestStatus: "asked" | "granted" | "refused";
        FundPool: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            org_node_id: number;
            org_name: string;
            year: number;
            name: string;
            source: components["schemas"]["FundSource"];
            budget_line: string;
            note: string;
            /** Format: int64 */
            total_fen: number;
            /**
             * Format: int64
             * @description The sum of the grants made from it.
             */
            granted_fen: number;
            /**
             * Format: int64
             * @description The sum of the spending recorded against those grants.
             */
            spent_fen: number;
            /**
             * Format: int64
             * @description total_fen − granted_fen, what it can still grant.
             */
            available_fen: number;
            status: components["schemas"]["FundPoolStatus"];
            /** @description How many asks it has granted. */
            grants: number;
            /** Format: int64 */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The caller may change it (single reads only). */
            can_manage?: boolean;
        };
        FundPoolPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["FundPool"][];
        };
        FundingSpend: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            amount_fen: number;
            /** Format: date */
            spent_on: string;
            note: string;
            created_by_name: string;
            /** Format: date-time */
            created_at: string;
        };
        FundingRequest: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            suggestion_id: number;
            suggestion_number: number | null;
            suggestion_title: string;
            suggestion_state: string;
            /** Format: int64 */
            org_node_id: number;
            /**
             * Format: int64
             * @description The item's lead unit when the money was asked.
             */
            unit_id: number | null;
            unit_name: string;
            /** Format: int64 */
            asked_fen: number;
            purpose: string;
            status: components["schemas"]["FundingRequestStatus"];
            /** Format: int64 */
            pool_id: number | null;
            pool_name: string;
            /** Format: int64 */
            granted_fen: number;
            /** Format: int64 */
            spent_fen: number;
            /** @description The grant's note or the refusal's reason. */
            decision_note: string;
            asked_by_name: string;
            decided_by_name: string;
            /** Format: date-time */
            decided_at: string | null;
            /** @description Its payments, oldest first (empty in list rows). */
            spends: components["schemas"]["FundingSpend"][];
            /** Format: int64 */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        FundingRequestPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["FundingRequest"][];
        };
        ItemFunding: {
            /** Format: int64 */
            suggestion_id: number;
            /**
             * Format: int64
             * @description Asked over its asks, refused ones left out.
             */
            asked_fen: number;
            /** Format: int64 */
            granted_fen: number;
            /** Format: int64 */
            spent_fen: number;
            /** @description The caller may ask money for it now. */
            can_ask: boolean;
            /** @description The caller may record spending out of its granted asks. */
            can_spend: boolean;
            /** @description The caller may grant or refuse its open asks. */
            can_decide: boolean;
            requests: components["schemas"]["FundingRequest"][];
            /** @description For a caller who may decide, the open pools they could grant from. */
            pools: components["schemas"]["FundPool"][];
        };
        KeyTopic: components["schemas"]["KeyTopicSummary"] & {
            items: components["schemas"]["KeyTopicItem"][];
            activities: {
                /** Format: int64 */
                id: number;
                /** @enum {string} */
                kind: "inspection" | "forum" | "inquiry";
                /** Format: date */
                held_on: string;
                place: string;
                participants: string;
                summary: string;
                questions: components["schemas"]["KeyQuestion"][];
                created_by_name: string;
                /** Format: date-time */
                created_at: string;
            }[];
            can_manage: boolean;
        };
        KeyTopicPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["KeyTopicSummary"][];
        };
        SamplingDrawPage: components["schemas"]["ListPage"] & {
            items: components["schemas"]["SamplingDraw"][];
        };
        CalendarYear: {
            year: number;
            /**
             * Format: int64
             * @description Whose calendar (the congress).
             */
            org_node_id: number;
            org_name: string;
            /** @description The caller holds `calendar.manage` over this congress. */
            can_edit: boolean;
            /** @description Days off whatever the weekday, in force for this congress, in date order. */
            holidays: components["schemas"]["CalendarDayInForce"][];
            /** @description Weekend days that are worked (调休上班), in force for this congress, in date order. */
            makeup_workdays: components["schemas"]["CalendarDayInForce"][];
        };
        CalendarYearUpdate: {
            holidays: components["schemas"]["CalendarDay"][];
            makeup_workdays: components["schemas"]["CalendarDay"][];
        };
    };
    responses: {
        /** @description The change waits for a second administrator's approval (三员分立). */
        AdminRequestFiled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    pending_request: components["schemas"]["AdminRequest"];
                };
            };
        };
        /** @description Throttled (`too_many_requests`); retry after the `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The request is invalid (`invalid_argument`, or `bad_request` for an unparsable
         *     message): `errors[]` names each bad field — body fields, query parameters
         *     (`page`, `page_size`, `sort`, filters, `q`) or `version`.
         */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "code": "invalid_argument",
                 *       "title": "请求内容有误",
                 *       "status": 400,
                 *       "detail": "输入有误，请检查标出的字段",
                 *       "request_id": "3f2a9c0d1e4b5a6c",
                 *       "errors": [
                 *         {
                 *           "field": "name",
                 *           "message": "必填"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Not signed in, or the session ended (`unauthenticated`). When a session cookie was
         *     sent, the response clears it.
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                /** @description `daibiao_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` when a cookie was sent. */
                "Set-Cookie"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `permission_denied`: the caller sees the record but lacks the permission, or (on
         *     POST, PUT, PATCH, DELETE) the `X-CSRF-Token` header is missing or wrong, or the
         *     `Origin` header names another host.
         */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `not_found`: no such record, the id is not a positive integer, or the record (or a
         *     record it names, such as a parent node) is outside the caller's scope.
         */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `conflict`: a stale `version` (the detail names the current one) or a duplicate
         *     (unique code, username, number or grant); or `failed_precondition`: the current
         *     state forbids it (still referenced, the root node, 三员分立, disabling oneself).
         */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body exceeds the limit (`payload_too_large`, 1 MiB by default). */
        TooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request headers exceed 16 KiB (`header_too_large`). */
        HeaderTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description Comma-separated fields, `-` for descending. `name` sorts by pinyin. */
        DeputySort: string;
        /** @description A positive record id. Anything else answers 404. */
        Id: number;
        /** @description The `version` the caller read; a stale one answers 409. */
        Version: number;
        /** @description Page number, from 1. */
        Page: number;
        /** @description Items per page. */
        PageSize: number;
        /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
        Q: string;
        /** @description Comma-separated sort fields, `-` in front for descending. Default `path`. */
        OrgNodeSort: ("id" | "-id" | "code" | "-code" | "name" | "-name" | "level" | "-level" | "path" | "-path")[];
        /** @description Comma-separated sort fields, `-` in front for descending. Default `code`. */
        HandlingUnitSort: ("id" | "-id" | "code" | "-code" | "name" | "-name" | "kind" | "-kind")[];
        /** @description Comma-separated sort fields, `-` in front for descending. Default `-number`. */
        TermSort: ("id" | "-id" | "number" | "-number" | "start_date" | "-start_date")[];
        /** @description Comma-separated sort fields, `-` in front for descending. Default `-opens_on`. */
        SessionSort: ("id" | "-id" | "number" | "-number" | "opens_on" | "-opens_on")[];
        /** @description Comma-separated sort fields, `-` in front for descending. Default `username`. */
        UserSort: ("id" | "-id" | "username" | "-username" | "display_name" | "-display_name" | "created_at" | "-created_at")[];
        /** @description Comma-separated sort fields, `-` in front for descending. Default `-seq`. */
        AuditSort: ("seq" | "-seq" | "at" | "-at" | "action" | "-action")[];
        /** @description Equality filter on the acting user's id. */
        AuditActorId: number;
        /** @description Equality filter on `action`, e.g. `auth.login`, `org.node.update`, `role.grant`. */
        AuditAction: string;
        /** @description Equality filter on `object_type`, e.g. `org_node`, `handling_unit`, `term`, `congress_session`, `user`, `audit_log`. */
        AuditObjectType: string;
        /** @description Equality filter on `object_id` (a string). */
        AuditObjectId: string;
        /** @description Equality filter on `outcome`. */
        AuditOutcome: "success" | "denied" | "failure";
        /** @description Equality filter on the org node the record concerns. */
        AuditOrgNodeId: number;
        /** @description Records at or after this time (UTC), as a date `YYYY-MM-DD` (from its first moment) or a time `YYYY-MM-DDTHH:MM:SSZ`. */
        AuditAtFrom: string;
        /** @description Records at or before this time (UTC), as a date `YYYY-MM-DD` (to its last moment) or a time `YYYY-MM-DDTHH:MM:SSZ`. */
        AuditAtTo: string;
        /** @description Comma-separated sort fields, `-` in front for descending. Default `-updated_at`. */
        SuggestionSort: ("updated_at" | "-updated_at" | "number" | "-number" | "next_due_on" | "-next_due_on" | "title" | "-title" | "state" | "-state")[];
        /** @description Equality filter on the state. */
        SuggestionStateFilter: components["schemas"]["SuggestionState"];
        /** @description The session (次会议) the suggestion was made at. */
        SuggestionSessionFilter: number;
        /** @description Any handling unit on the item (lead or co-unit, not released). */
        SuggestionUnitFilter: number;
        /** @description The lead unit (主办单位) only. */
        SuggestionLeadUnitFilter: number;
        /** @description The star level (星级). */
        SuggestionStarFilter: number;
        /** @description Urgent items only (true) or ordinary ones only (false) — 急件. */
        SuggestionUrgentFilter: boolean;
        /** @description Raised during the session (session, 大会期间) or between sessions (recess, 闭会期间). */
        SuggestionRaisedInFilter: "session" | "recess";
        /** @description The category (建议类别), one of options.categories. */
        SuggestionCategoryFilter: string;
        /** @description The lead deputy (a person id). */
        SuggestionLeadPersonFilter: number;
        /**
         * @description due_soon 临近到期, overdue 已超期 (very overdue included), very_overdue 严重超期;
         *     computed from the running obligations' due dates and today.
         */
        SuggestionFlagFilter: "due_soon" | "overdue" | "very_overdue";
        /** @description none — only items no unit leads yet (not yet assigned). */
        SuggestionLeadUnitNoneFilter: "none";
        /** @description none — accepted items (已立案 … 办结) without a supervising leader (领衔督办未覆盖). */
        SuggestionLeaderNoneFilter: "none";
        /**
         * @description 清零 drill-down (docs/supervision.md, "Clearing campaign"): the items of the sessions
         *     opened in `year`, under `within`, that remain (not closed, withdrawn, not accepted or a
         *     draft) — all of them (remaining), those at one stage, those past their next deadline
         *     (overdue) or those with a commitment open past its date (slipped). Needs `year`; `year`
         *     or `within` without it is a 400.
         */
        SuggestionClearingFilter: components["schemas"]["ClearingReason"];
        /** @description With `clearing`, the year whose sessions' items are listed (2000–2100). */
        SuggestionClearingYear: number;
        /** @description With `clearing`, an org node id; only items of congresses under it (itself included). */
        SuggestionClearingWithin: number;
        /**
         * @description mine: I am the lead deputy or a co-signer; unit: my unit is on it; review: waiting for
         *     my review (initial review, re-review, or a committee decision); supervised: I am its
         *     supervising leader (督办领导: named for it, or by the division of work).
         */
        SuggestionBoxFilter: "mine" | "unit" | "review" | "supervised";
    };
    requestBodies: never;
    headers: {
        /** @description The request id (echoed when the caller sent a valid one); quote it when reporting a problem. */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            431: components["responses"]["HeaderTooLarge"];
            /** @description The database is unreachable (`status` = unavailable, `database` = unreachable). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in the Prometheus text format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # TYPE daibiao_http_in_flight gauge
                     *     daibiao_http_in_flight 1
                     */
                    "text/plain": string;
                };
            };
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    /** @description `daibiao_session=<token>; Path=/; HttpOnly; SameSite=Lax` over plain HTTP; behind TLS `__Host-daibiao_session=<token>; Path=/; HttpOnly; SameSite=Lax; Secure`. The token is 256 random bits, new at every login. */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description 用户名或密码错误，或账号已停用 (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["TooLarge"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    setupTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret, for an authenticator app. `Cache-Control: no-store`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description base32 */
                        secret: string;
                        /** @description otpauth://totp/daibiao:<username>?secret=… */
                        otpauth_uri: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    enableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example 287082 */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Enabled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    disableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: password */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Disabled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    /** @description `daibiao_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Password changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listOrgNodes: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `path`. */
                sort?: components["parameters"]["OrgNodeSort"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Equality filter on `level`. */
                level?: components["schemas"]["OrgLevel"];
                /** @description Equality filter on `parent_id` (the direct children of a node). */
                parent_id?: number;
                /** @description Equality filter on `code`. */
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of org nodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgNodePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    createOrgNode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgNodeCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgNode"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getOrgNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The org node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgNode"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    deleteOrgNode: {
        parameters: {
            query: {
                /** @description The `version` the caller read; a stale one answers 409. */
                version: components["parameters"]["Version"];
            };
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    updateOrgNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgNodePatch"];
            };
        };
        responses: {
            /** @description The updated org node (new `version`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgNode"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listHandlingUnits: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `code`. */
                sort?: components["parameters"]["HandlingUnitSort"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Equality filter on `org_node_id`. */
                org_node_id?: number;
                /** @description Equality filter on `kind`. */
                kind?: components["schemas"]["UnitKind"];
                /** @description Filter on `active`, true or false (1 or 0 also accepted). */
                active?: "true" | "false" | "1" | "0";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of handling units. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandlingUnitPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    createHandlingUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandlingUnitCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandlingUnit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getHandlingUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The handling unit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandlingUnit"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    deleteHandlingUnit: {
        parameters: {
            query: {
                /** @description The `version` the caller read; a stale one answers 409. */
                version: components["parameters"]["Version"];
            };
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    updateHandlingUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandlingUnitPatch"];
            };
        };
        responses: {
            /** @description The updated handling unit (new `version`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandlingUnit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listTerms: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `-number`. */
                sort?: components["parameters"]["TermSort"];
                /** @description Equality filter on `org_node_id`. */
                org_node_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of terms. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TermPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    createTerm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TermCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Term"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getTerm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The term. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Term"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    deleteTerm: {
        parameters: {
            query: {
                /** @description The `version` the caller read; a stale one answers 409. */
                version: components["parameters"]["Version"];
            };
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    updateTerm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TermPatch"];
            };
        };
        responses: {
            /** @description The updated term (new `version`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Term"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `-opens_on`. */
                sort?: components["parameters"]["SessionSort"];
                /** @description Equality filter on `term_id`. */
                term_id?: number;
                /** @description Equality filter on the congress of the session's term. */
                org_node_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    deleteSession: {
        parameters: {
            query: {
                /** @description The `version` the caller read; a stale one answers 409. */
                version: components["parameters"]["Version"];
            };
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    updateSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionPatch"];
            };
        };
        responses: {
            /** @description The updated session (new `version`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RoleInfo"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `username`. */
                sort?: components["parameters"]["UserSort"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Equality filter on the home `org_node_id`. */
                org_node_id?: number;
                /** @description Equality filter on `unit_id` (staff of one 承办单位). */
                unit_id?: number;
                /** @description Filter on `active`, true or false (1 or 0 also accepted). */
                active?: "true" | "false" | "1" | "0";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            /** @description The updated account (new `version`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            202: components["responses"]["AdminRequestFiled"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            202: components["responses"]["AdminRequestFiled"];
            /** @description Password reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    resetUserTotp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: components["responses"]["AdminRequestFiled"];
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listLoginSessions: {
        parameters: {
            query?: {
                user_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SessionInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    endLoginSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listAdminRequests: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdminRequest"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    approveAdminRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decided request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRequest"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    rejectAdminRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decided request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRequest"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listUserGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's grants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Grant"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    createUserGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantCreate"];
            };
        };
        responses: {
            /** @description Granted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    deleteGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listAuditRecords: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `-seq`. */
                sort?: components["parameters"]["AuditSort"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Equality filter on the acting user's id. */
                actor_id?: components["parameters"]["AuditActorId"];
                /** @description Equality filter on `action`, e.g. `auth.login`, `org.node.update`, `role.grant`. */
                action?: components["parameters"]["AuditAction"];
                /** @description Equality filter on `object_type`, e.g. `org_node`, `handling_unit`, `term`, `congress_session`, `user`, `audit_log`. */
                object_type?: components["parameters"]["AuditObjectType"];
                /** @description Equality filter on `object_id` (a string). */
                object_id?: components["parameters"]["AuditObjectId"];
                /** @description Equality filter on `outcome`. */
                outcome?: components["parameters"]["AuditOutcome"];
                /** @description Equality filter on the org node the record concerns. */
                org_node_id?: components["parameters"]["AuditOrgNodeId"];
                /** @description Records at or after this time (UTC), as a date `YYYY-MM-DD` (from its first moment) or a time `YYYY-MM-DDTHH:MM:SSZ`. */
                at_from?: components["parameters"]["AuditAtFrom"];
                /** @description Records at or before this time (UTC), as a date `YYYY-MM-DD` (to its last moment) or a time `YYYY-MM-DDTHH:MM:SSZ`. */
                at_to?: components["parameters"]["AuditAtTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRecordPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    exportAuditRecords: {
        parameters: {
            query?: {
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Equality filter on the acting user's id. */
                actor_id?: components["parameters"]["AuditActorId"];
                /** @description Equality filter on `action`, e.g. `auth.login`, `org.node.update`, `role.grant`. */
                action?: components["parameters"]["AuditAction"];
                /** @description Equality filter on `object_type`, e.g. `org_node`, `handling_unit`, `term`, `congress_session`, `user`, `audit_log`. */
                object_type?: components["parameters"]["AuditObjectType"];
                /** @description Equality filter on `object_id` (a string). */
                object_id?: components["parameters"]["AuditObjectId"];
                /** @description Equality filter on `outcome`. */
                outcome?: components["parameters"]["AuditOutcome"];
                /** @description Equality filter on the org node the record concerns. */
                org_node_id?: components["parameters"]["AuditOrgNodeId"];
                /** @description Records at or after this time (UTC), as a date `YYYY-MM-DD` (from its first moment) or a time `YYYY-MM-DDTHH:MM:SSZ`. */
                at_from?: components["parameters"]["AuditAtFrom"];
                /** @description Records at or before this time (UTC), as a date `YYYY-MM-DD` (to its last moment) or a time `YYYY-MM-DDTHH:MM:SSZ`. */
                at_to?: components["parameters"]["AuditAtTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file. */
            200: {
                headers: {
                    /** @description `attachment; filename="audit-log.csv"` */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listDeputies: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Comma-separated fields, `-` for descending. `name` sorts by pinyin. */
                sort?: components["parameters"]["DeputySort"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Level of the mandate's congress. */
                level?: "province" | "city" | "county" | "township";
                /** @description The mandate's congress. */
                org_node_id?: number;
                /** @description Term (届). */
                term_id?: number;
                /** @description Delegation or electoral unit (代表团/选举单位). */
                delegation?: string;
                /** @description Professional field (专业领域). */
                field?: string;
                /** @description Mandate status. */
                status?: components["schemas"]["MandateStatus"];
                gender?: "male" | "female";
                party?: string;
                person_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of registry rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeputyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    createDeputy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeputyCreate"];
            };
        };
        responses: {
            /** @description The registered person with the mandate. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getDeputyImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template workbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    previewDeputyImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The preview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    importDeputies: {
        parameters: {
            query: {
                org_node_id: number;
                term_id: number;
                dry_run?: "true" | "false";
                /** @description Overrides the proposed mapping, e.g. `name:0,gender:1,id_number:3`. */
                mapping?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The dry-run report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Imported. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    exportDeputies: {
        parameters: {
            query?: {
                /** @description Comma-separated fields, `-` for descending. `name` sorts by pinyin. */
                sort?: components["parameters"]["DeputySort"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                level?: "province" | "city" | "county" | "township";
                term_id?: number;
                status?: components["schemas"]["MandateStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getDeputy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    updateDeputy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonPatch"];
            };
        };
        responses: {
            /** @description The updated person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    revealDeputy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plain values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revealed"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    addMandate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MandateCreate"];
            };
        };
        responses: {
            /** @description The person with all mandates. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    endMandate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MandateEnd"];
            };
        };
        responses: {
            /** @description The ended mandate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mandate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listSuggestions: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `-updated_at`. */
                sort?: components["parameters"]["SuggestionSort"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Equality filter on the state. */
                state?: components["parameters"]["SuggestionStateFilter"];
                /** @description The session (次会议) the suggestion was made at. */
                session_id?: components["parameters"]["SuggestionSessionFilter"];
                /** @description Any handling unit on the item (lead or co-unit, not released). */
                unit_id?: components["parameters"]["SuggestionUnitFilter"];
                /** @description The lead unit (主办单位) only. */
                lead_unit_id?: components["parameters"]["SuggestionLeadUnitFilter"];
                /** @description The star level (星级). */
                star_level?: components["parameters"]["SuggestionStarFilter"];
                /** @description Urgent items only (true) or ordinary ones only (false) — 急件. */
                urgent?: components["parameters"]["SuggestionUrgentFilter"];
                /** @description Raised during the session (session, 大会期间) or between sessions (recess, 闭会期间). */
                raised_in?: components["parameters"]["SuggestionRaisedInFilter"];
                /** @description The category (建议类别), one of options.categories. */
                category?: components["parameters"]["SuggestionCategoryFilter"];
                /** @description The lead deputy (a person id). */
                lead_person_id?: components["parameters"]["SuggestionLeadPersonFilter"];
                /**
                 * @description due_soon 临近到期, overdue 已超期 (very overdue included), very_overdue 严重超期;
                 *     computed from the running obligations' due dates and today.
                 */
                flag?: components["parameters"]["SuggestionFlagFilter"];
                /**
                 * @description mine: I am the lead deputy or a co-signer; unit: my unit is on it; review: waiting for
                 *     my review (initial review, re-review, or a committee decision); supervised: I am its
                 *     supervising leader (督办领导: named for it, or by the division of work).
                 */
                box?: components["parameters"]["SuggestionBoxFilter"];
                /** @description none — only items no unit leads yet (not yet assigned). */
                lead_unit?: components["parameters"]["SuggestionLeadUnitNoneFilter"];
                /** @description none — accepted items (已立案 … 办结) without a supervising leader (领衔督办未覆盖). */
                leader?: components["parameters"]["SuggestionLeaderNoneFilter"];
                /**
                 * @description 清零 drill-down (docs/supervision.md, "Clearing campaign"): the items of the sessions
                 *     opened in `year`, under `within`, that remain (not closed, withdrawn, not accepted or a
                 *     draft) — all of them (remaining), those at one stage, those past their next deadline
                 *     (overdue) or those with a commitment open past its date (slipped). Needs `year`; `year`
                 *     or `within` without it is a 400.
                 */
                clearing?: components["parameters"]["SuggestionClearingFilter"];
                /** @description With `clearing`, the year whose sessions' items are listed (2000–2100). */
                year?: components["parameters"]["SuggestionClearingYear"];
                /** @description With `clearing`, an org node id; only items of congresses under it (itself included). */
                within?: components["parameters"]["SuggestionClearingWithin"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of suggestions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    createSuggestion: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–64 characters of letters, digits, `-` and `_`, unique per intended suggestion. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestionCreate"];
            };
        };
        responses: {
            /** @description The new suggestion, or the one an earlier request with the same Idempotency-Key created. */
            201: {
                headers: {
                    /** @description `true` when nothing new was created. */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    exportSuggestions: {
        parameters: {
            query?: {
                /** @description Comma-separated sort fields, `-` in front for descending. Default `-updated_at`. */
                sort?: components["parameters"]["SuggestionSort"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Equality filter on the state. */
                state?: components["parameters"]["SuggestionStateFilter"];
                /** @description The session (次会议) the suggestion was made at. */
                session_id?: components["parameters"]["SuggestionSessionFilter"];
                /** @description Any handling unit on the item (lead or co-unit, not released). */
                unit_id?: components["parameters"]["SuggestionUnitFilter"];
                /** @description The lead unit (主办单位) only. */
                lead_unit_id?: components["parameters"]["SuggestionLeadUnitFilter"];
                /** @description The star level (星级). */
                star_level?: components["parameters"]["SuggestionStarFilter"];
                /** @description Urgent items only (true) or ordinary ones only (false) — 急件. */
                urgent?: components["parameters"]["SuggestionUrgentFilter"];
                /** @description Raised during the session (session, 大会期间) or between sessions (recess, 闭会期间). */
                raised_in?: components["parameters"]["SuggestionRaisedInFilter"];
                /** @description The category (建议类别), one of options.categories. */
                category?: components["parameters"]["SuggestionCategoryFilter"];
                /** @description The lead deputy (a person id). */
                lead_person_id?: components["parameters"]["SuggestionLeadPersonFilter"];
                /**
                 * @description due_soon 临近到期, overdue 已超期 (very overdue included), very_overdue 严重超期;
                 *     computed from the running obligations' due dates and today.
                 */
                flag?: components["parameters"]["SuggestionFlagFilter"];
                /**
                 * @description mine: I am the lead deputy or a co-signer; unit: my unit is on it; review: waiting for
                 *     my review (initial review, re-review, or a committee decision); supervised: I am its
                 *     supervising leader (督办领导: named for it, or by the division of work).
                 */
                box?: components["parameters"]["SuggestionBoxFilter"];
                /** @description none — only items no unit leads yet (not yet assigned). */
                lead_unit?: components["parameters"]["SuggestionLeadUnitNoneFilter"];
                /** @description none — accepted items (已立案 … 办结) without a supervising leader (领衔督办未覆盖). */
                leader?: components["parameters"]["SuggestionLeaderNoneFilter"];
                /**
                 * @description 清零 drill-down (docs/supervision.md, "Clearing campaign"): the items of the sessions
                 *     opened in `year`, under `within`, that remain (not closed, withdrawn, not accepted or a
                 *     draft) — all of them (remaining), those at one stage, those past their next deadline
                 *     (overdue) or those with a commitment open past its date (slipped). Needs `year`; `year`
                 *     or `within` without it is a 400.
                 */
                clearing?: components["parameters"]["SuggestionClearingFilter"];
                /** @description With `clearing`, the year whose sessions' items are listed (2000–2100). */
                year?: components["parameters"]["SuggestionClearingYear"];
                /** @description With `clearing`, an org node id; only items of congresses under it (itself included). */
                within?: components["parameters"]["SuggestionClearingWithin"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook. */
            200: {
                headers: {
                    /** @description `attachment; filename*=UTF-8''…xlsx` */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getSuggestionOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The options. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionOptions"];
                };
            };
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listSuggestionPeople: {
        parameters: {
            query: {
                session_id: number;
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionPeople"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    batchAssignSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchAssignRequest"];
            };
        };
        responses: {
            /** @description Assigned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchAssignResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suggestion. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    updateSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestionPatch"];
            };
        };
        responses: {
            /** @description The updated suggestion. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    actOnSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                /**
                 * @description The workflow action (see `SuggestionAction`). An unknown name answers 404, and so
                 *     does `edit` (that is `PATCH /suggestions/{id}`).
                 */
                action: components["schemas"]["SuggestionAction"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestionActionRequest"];
            };
        };
        responses: {
            /** @description The suggestion after the action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listSuggestionMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionMessageList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    postSuggestionMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestionMessageCreate"];
            };
        };
        responses: {
            /** @description The message. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    uploadSuggestionAttachment: {
        parameters: {
            query: {
                /** @description The original file name (at most 200 characters), e.g. `调研报告.pdf`. */
                file_name: string;
            };
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The stored attachment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionAttachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description The file is larger than 10 MiB (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an allowed file type (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    downloadSuggestionAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                attachment_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file; `Content-Disposition` is `attachment` and names it. */
            200: {
                headers: {
                    /** @description `attachment; filename*=UTF-8''<name>` */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    readAllNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were marked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsUpdated"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    readNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marked read. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getCalendarYear: {
        parameters: {
            query?: {
                /**
                 * @description Whose calendar: a congress (org node). Default: the caller's home congress. A
                 *     congress outside the caller's scope that is not above it answers 404.
                 */
                org_node_id?: number;
            };
            header?: never;
            path: {
                /** @description A year from 2000 to 2100; anything else answers 404. */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The year. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYear"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    putCalendarYear: {
        parameters: {
            query?: {
                /**
                 * @description Whose calendar: a congress (org node). Default: the caller's home congress. A
                 *     congress outside the caller's scope that is not above it answers 404.
                 */
                org_node_id?: number;
            };
            header?: never;
            path: {
                /** @description A year from 2000 to 2100; anything else answers 404. */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarYearUpdate"];
            };
        };
        responses: {
            /** @description The saved year. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYear"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listSamplingDraws: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `-created_at`. */
                sort?: ("id" | "-id" | "created_at" | "-created_at" | "title" | "-title" | "status" | "-status")[];
                status?: components["schemas"]["SamplingDrawStatus"];
                session_id?: number;
                org_node_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of draws (without their items). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamplingDrawPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    announceSamplingDraw: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SamplingDrawInput"];
            };
        };
        responses: {
            /** @description The announced draw. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamplingDraw"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getSamplingDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draw. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamplingDraw"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getSamplingPopulation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    publishSamplingSeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    version: number;
                    seed: string;
                };
            };
        };
        responses: {
            /** @description The draw with its seed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamplingDraw"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    runSamplingDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description The drawn draw with its items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamplingDraw"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    saveSamplingReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                /** @description A drawn item (a suggestion id); one not drawn answers 404. */
                suggestion_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description The draw with the item's review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamplingDraw"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    addSamplingComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                /** @description A drawn item (a suggestion id); one not drawn answers 404. */
                suggestion_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    member_name?: string;
                };
            };
        };
        responses: {
            /** @description The draw with the item's review. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamplingDraw"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    saveSamplingScore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                /** @description A drawn item (a suggestion id); one not drawn answers 404. */
                suggestion_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scores: number[];
                    member_name?: string;
                };
            };
        };
        responses: {
            /** @description The draw with the item's review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamplingDraw"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    publishSamplingResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description The draw with the item's review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamplingDraw"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getClearingBoard: {
        parameters: {
            query?: {
                org_node_id?: number;
                year?: number;
                /**
                 * @description A `ClearingReason` name or `unit_name`, `-` in front for descending. Default
                 *     `-remaining`. Ties by unit name; the row without a unit sorts last on ties.
                 */
                sort?: string;
                page?: number;
                /** @description Unit rows per page, 1–500; default 50. */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearingBoard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    exportClearingBoard: {
        parameters: {
            query?: {
                org_node_id?: number;
                year?: number;
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook. */
            200: {
                headers: {
                    /** @description `attachment; filename="clearing-<year>.xlsx"` */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    carryOverClearing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    org_node_id: number;
                    year: number;
                    /** @description Default "<year>年度未清零建议结转计划". */
                    title?: string;
                    /** Format: date */
                    due_on: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The plan with its items. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearingPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getClearingPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearingPlan"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listHandlingMeetings: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `-scheduled_on`. */
                sort?: ("scheduled_on" | "-scheduled_on" | "held_on" | "-held_on" | "created_at" | "-created_at")[];
                suggestion_id?: number;
                status?: components["schemas"]["MeetingStatus"];
                unit_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of meetings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandlingMeetingPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    scheduleHandlingMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    suggestion_id: number;
                    /** Format: date */
                    scheduled_on: string;
                    /** @description 24-hour HH:MM; empty or absent when not fixed yet. */
                    start_time?: string;
                    place: string;
                    topic?: string;
                };
            };
        };
        responses: {
            /** @description The meeting. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandlingMeeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getHandlingMeetingFigures: {
        parameters: {
            query?: {
                org_node_id?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        org_node_id: number;
                        org_name: string;
                        year: number;
                        total: components["schemas"]["MeetingFigure"];
                        units: (components["schemas"]["MeetingFigure"] & {
                            /** Format: int64 */
                            unit_id: number;
                            unit_name: string;
                        })[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getHandlingMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandlingMeeting"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    recordHandlingMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    version: number;
                    /** Format: date */
                    held_on: string;
                    attendance: components["schemas"]["MeetingAttendance"];
                    minutes: string;
                    photo_ids?: number[];
                };
            };
        };
        responses: {
            /** @description The meeting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandlingMeeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    cancelHandlingMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    version: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The meeting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandlingMeeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getLeaderRules: {
        parameters: {
            query?: {
                org_node_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderRules"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    replaceLeaderRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    org_node_id: number;
                    rules: {
                        star_level: number;
                        /** @description Empty or absent for any category. */
                        category?: string;
                        /** Format: int64 */
                        user_id: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The rules as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderRules"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getItemLeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item's leader. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemLeader"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    nameItemLeader: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    user_id: number | null;
                };
            };
        };
        responses: {
            /** @description The item's leader now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemLeader"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getLeaderCoverage: {
        parameters: {
            query?: {
                org_node_id?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        org_node_id: number;
                        org_name: string;
                        year: number;
                        items: number;
                        covered: number;
                        named: number;
                        by_key_topic: number;
                        by_rule: number;
                        uncovered: number;
                        rate: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listKeyTopics: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `-decided_on`. */
                sort?: ("decided_on" | "-decided_on" | "title" | "-title" | "id" | "-id")[];
                status?: "active" | "concluded";
                org_node_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of topics (without items and activities). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyTopicPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    createKeyTopic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    org_node_id: number;
                    title: string;
                    description?: string;
                    /**
                     * Format: date
                     * @description The chairman's meeting's date; not after today.
                     */
                    decided_on: string;
                    /** @description "第十二次主任会议" */
                    meeting?: string;
                    /** Format: int64 */
                    leader_user_id?: number | null;
                    /** @description 领办的政府领导 */
                    government_leader?: string;
                    /** @description 对口督办的专门委员会 */
                    committee?: string;
                    suggestion_ids: number[];
                };
            };
        };
        responses: {
            /** @description The topic. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyTopic"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listKeyTopicCandidates: {
        parameters: {
            query?: {
                org_node_id?: number;
                year?: number;
                min_deputies?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The candidates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        org_node_id: number;
                        org_name: string;
                        year: number;
                        min_deputies: number;
                        items: components["schemas"]["KeyTopicItem"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getKeyTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The topic. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyTopic"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    addKeyTopicActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description inspection 视察, forum 座谈, inquiry 专题询问.
                     * @enum {string}
                     */
                    kind: "inspection" | "forum" | "inquiry";
                    /** Format: date */
                    held_on: string;
                    place?: string;
                    participants?: string;
                    summary: string;
                    questions?: components["schemas"]["KeyQuestion"][];
                };
            };
        };
        responses: {
            /** @description The topic with the new activity. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyTopic"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    concludeKeyTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    version: number;
                    conclusion: string;
                };
            };
        };
        responses: {
            /** @description The topic. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyTopic"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getSuggestionFigures: {
        parameters: {
            query?: {
                org_node_id?: number;
                year?: number;
                session_id?: number;
                group_by?: components["schemas"]["FigureGroupBy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        org_node_id: number;
                        org_name: string;
                        /**
                         * Format: int64
                         * @description Set when the figures are one unit's (its officers and head read only those).
                         */
                        unit_id: number | null;
                        year: number;
                        /** Format: int64 */
                        session_id: number | null;
                        group_by: components["schemas"]["FigureGroupBy"];
                        /**
                         * Format: date
                         * @description The day the figures were computed for (overdue and due commitments depend on it).
                         */
                        as_of: string;
                        rows: {
                            /** @description The group's key for the drill-down ("" for the keyless row — 未交办, 未分类, 未定星, 未答复). */
                            key: string;
                            title: string;
                            figures: components["schemas"]["SuggestionFigures"];
                        }[];
                        total: components["schemas"]["SuggestionFigures"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    exportSuggestionFigures: {
        parameters: {
            query?: {
                org_node_id?: number;
                year?: number;
                session_id?: number;
                group_by?: components["schemas"]["FigureGroupBy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    drillSuggestionFigure: {
        parameters: {
            query: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                org_node_id?: number;
                year?: number;
                session_id?: number;
                group_by?: components["schemas"]["FigureGroupBy"];
                key?: string;
                measure: "items" | "answered" | "on_time" | "contact" | "class_a" | "class_b" | "class_c" | "class_d" | "satisfaction" | "resolution" | "implementation" | "rehandling" | "a_dissatisfied" | "satisfied_c" | "b_slipped_satisfied" | "cosigner_satisfaction";
                part?: "numerator" | "denominator";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counted items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        measure: string;
                        /** @enum {string} */
                        part: "numerator" | "denominator";
                        key: string;
                        total: number;
                        hidden: number;
                        page: number;
                        page_size: number;
                        items: {
                            /** Format: int64 */
                            id: number;
                            number: number | null;
                            title: string;
                            state: string;
                            lead_name: string;
                            unit_name: string;
                            org_name: string;
                            answer_class: string;
                            rating: string;
                            /** Format: date */
                            answered_on: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listAwardRounds: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `-year,-created_at`. */
                sort?: ("year" | "-year" | "title" | "-title" | "created_at" | "-created_at")[];
                org_node_id?: number;
                year?: number;
                kind?: components["schemas"]["AwardKind"];
                status?: components["schemas"]["AwardRoundStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rounds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRoundPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    createAwardRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    org_node_id?: number;
                    year?: number;
                    kind: components["schemas"]["AwardKind"];
                    title?: string;
                    quota: number;
                    criteria?: components["schemas"]["SamplingCriterion"][];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The round. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listHonours: {
        parameters: {
            query: {
                kind: components["schemas"]["AwardKind"];
                target_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The honours. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: components["schemas"]["AwardKind"];
                        /** Format: int64 */
                        target_id: number;
                        items: {
                            /** Format: int64 */
                            round_id: number;
                            round_title: string;
                            org_name: string;
                            year: number;
                            /** Format: int64 */
                            nomination_id: number;
                            target_name: string;
                            /** @description Points with two decimals, e.g. "85.00". */
                            score: string;
                            rank: number;
                            /** Format: date-time */
                            published_at: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getAwardRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRound"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    nominateForAward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    target_id: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The round. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    withdrawNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                nomination_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRound"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    scoreNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
                nomination_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scores: number[];
                };
            };
        };
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    openAwardScoring: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    publishAwardRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getUnitScorecards: {
        parameters: {
            query?: {
                org_node_id?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scorecards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitScorecards"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    setScorecardWeights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    org_node_id?: number;
                    year?: number;
                    weights: components["schemas"]["ScorecardWeights"];
                };
            };
        };
        responses: {
            /** @description The scorecards under the new weights. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitScorecards"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listFundPools: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `-year,name`. */
                sort?: ("year" | "-year" | "name" | "-name" | "available_fen" | "-available_fen" | "total_fen" | "-total_fen")[];
                org_node_id?: number;
                year?: number;
                status?: components["schemas"]["FundPoolStatus"];
                source?: components["schemas"]["FundSource"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundPoolPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    createFundPool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    org_node_id?: number;
                    year?: number;
                    name: string;
                    source: components["schemas"]["FundSource"];
                    budget_line?: string;
                    /** Format: int64 */
                    total_fen: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The pool. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundPool"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getFundPool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundPool"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    updateFundPool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    version: number;
                    status: components["schemas"]["FundPoolStatus"];
                    name: string;
                    source: components["schemas"]["FundSource"];
                    budget_line?: string;
                    /** Format: int64 */
                    total_fen: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The pool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundPool"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    listFundingRequests: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                page_size?: components["parameters"]["PageSize"];
                /** @description Text search (substring match, at most 100 bytes) over the route's text columns. */
                q?: components["parameters"]["Q"];
                /** @description Comma-separated sort fields, `-` in front for descending. Default `-created_at`. */
                sort?: ("created_at" | "-created_at" | "asked_fen" | "-asked_fen" | "granted_fen" | "-granted_fen")[];
                suggestion_id?: number;
                status?: components["schemas"]["FundingRequestStatus"];
                pool_id?: number;
                unit_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of asks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingRequestPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    getItemFunding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item's funding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemFunding"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    askFunding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    asked_fen: number;
                    purpose: string;
                };
            };
        };
        responses: {
            /** @description The item's funding, the new ask last. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemFunding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    grantFunding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    version: number;
                    /** Format: int64 */
                    pool_id: number;
                    /** Format: int64 */
                    granted_fen: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The item's funding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemFunding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    refuseFunding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    version: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The item's funding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemFunding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
    spendFunding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A positive record id. Anything else answers 404. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    amount_fen: number;
                    /** Format: date */
                    spent_on: string;
                    note: string;
                };
            };
        };
        responses: {
            /** @description The item's funding. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemFunding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            431: components["responses"]["HeaderTooLarge"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
