## Sign in with Microsoft

admin-oidc-sign-in = Microsoft でサインイン
admin-oidc-unavailable = 現在、Microsoft でのサインインは利用できません。メールアドレスとパスワードでサインインするか、しばらくしてからもう一度お試しください。
admin-oidc-refused = Microsoft でサインインできませんでした。もう一度お試しいただくか、メールアドレスとパスワードでサインインしてください。
admin-oidc-expired = この Microsoft でのサインインは期限切れか、ここで開始されたものではありません。もう一度お試しください。
admin-oidc-unverified = Microsoft からの応答を検証できなかったため、サインインしていません。もう一度お試しください。
admin-oidc-no-account = お使いの Microsoft アカウントに一致する管理者はここにいません。Microsoft アカウントのメールアドレスで追加するよう、所有者に依頼してください。
admin-oidc-role = Microsoft Entra でのアプリ ロールでは、ここでのロールが許可されていません。対応するアプリ ロールを割り当てるよう、IT 部門に依頼してください。
