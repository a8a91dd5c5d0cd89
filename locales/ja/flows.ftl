# Walkthrough texts. Every id here is named by the data in src/guide/catalog.rs:
#   flow-{flow}-title, flow-{flow}-summary
#   flow-{flow}-{step}-title, flow-{flow}-{step}-body
#   stuck-{flow}-{step}-{problem} (the symptom) and stuck-{flow}-{step}-{problem}-fix
# The only variable is { $company }, the organisation's name.

## iphone-authenticator

flow-iphone-authenticator-title = iPhone と Microsoft Authenticator
flow-iphone-authenticator-title-ipad = iPad と Microsoft Authenticator
flow-iphone-authenticator-summary = iPhone の Microsoft Authenticator アプリにパスキーを作成し、Face ID でサインインできるようにします。所要時間は約 5 分です。
flow-iphone-authenticator-summary-ipad = iPad の Microsoft Authenticator アプリにパスキーを作成し、Face ID または Touch ID でサインインできるようにします。所要時間は約 5 分です。

flow-iphone-authenticator-update-title = iPhone をアップデート
flow-iphone-authenticator-update-title-ipad = iPad をアップデート
flow-iphone-authenticator-update-body = iOS 17 以降が必要です。「設定」{ -then }「一般」{ -then }「ソフトウェアアップデート」を開き、表示されたアップデートをインストールしてください。
flow-iphone-authenticator-update-body-ipad = iPadOS 17 以降が必要です。「設定」{ -then }「一般」{ -then }「ソフトウェアアップデート」を開き、表示されたアップデートをインストールしてください。
stuck-iphone-authenticator-update-os-too-old = iPhone を iOS 17 にアップデートできない
stuck-iphone-authenticator-update-os-too-old-ipad = iPad を iPadOS 17 にアップデートできない
stuck-iphone-authenticator-update-os-too-old-fix = 古い iPhone では Authenticator にパスキーを保存できません。{ $company } の IT 部門に連絡し、使える別の方法を確認してください。
stuck-iphone-authenticator-update-os-too-old-fix-ipad = 古い iPad では Authenticator にパスキーを保存できません。{ $company } の IT 部門に連絡し、使える別の方法を確認してください。
stuck-iphone-authenticator-update-which-version = iOS のバージョンがわからない
stuck-iphone-authenticator-update-which-version-ipad = iPadOS のバージョンがわからない
stuck-iphone-authenticator-update-which-version-fix = 「設定」{ -then }「一般」{ -then }「情報」を開き、「iOSバージョン」を確認してください。
stuck-iphone-authenticator-update-which-version-fix-ipad = 「設定」{ -then }「一般」{ -then }「情報」を開き、「iPadOSバージョン」を確認してください。

flow-iphone-authenticator-install-authenticator-title = Authenticator に職場アカウントを追加
flow-iphone-authenticator-install-authenticator-body = App Store から「Microsoft Authenticator」をインストールして開き、最初の画面を進めます。「職場または学校アカウントを追加」(または「アカウントを追加」、または「+」{ -then }「職場または学校アカウント」) { -then }「サインイン」をタップし、{ $company } の職場アカウントでサインインしてください。職場アカウントがすでにある場合は、それをタップしてから「パスキーを作成」(Create a passkey) をタップします。
stuck-iphone-authenticator-install-authenticator-account-already-added = Authenticator に職場アカウントがすでに表示されている
stuck-iphone-authenticator-install-authenticator-account-already-added-fix = 職場アカウントをタップしてから「パスキーを作成」をタップし、次のステップに進んでください。
stuck-iphone-authenticator-install-authenticator-cant-sign-in = Authenticator で本人確認を求められるが、確認できない
stuck-iphone-authenticator-install-authenticator-cant-sign-in-fix = { $company } の IT 部門に一時アクセス パス (Temporary Access Pass) を発行してもらい、Authenticator で求められたら入力してください。
stuck-iphone-authenticator-install-authenticator-personal-account = 個人の Microsoft アカウントを誤って追加した
stuck-iphone-authenticator-install-authenticator-personal-account-fix = 「+」{ -then }「職場または学校アカウント」をタップし、職場のメールアドレスでサインインしてください。個人アカウントはそのままでかまいません。

flow-iphone-authenticator-enable-provider-title = Authenticator でパスキーを保存できるようにする
flow-iphone-authenticator-enable-provider-body = 「設定」{ -then }「一般」{ -then }「自動入力とパスワード」を開きます。「パスワードとパスキーを自動入力」をオンにし、「自動入力元」(AutoFill From) で「Authenticator」をオンにしてください。その後、Authenticator に戻ります。
flow-iphone-authenticator-enable-provider-body-ios17 = 「設定」{ -then }「パスワード」{ -then }「パスワードオプション」を開きます。「パスワードとパスキーを自動入力」をオンにし、「パスワードとパスキーの使用元」(Use Passwords and Passkeys From) で「Authenticator」をオンにしてください。その後、Authenticator に戻ります。
stuck-iphone-authenticator-enable-provider-menu-missing = 「自動入力とパスワード」が見つからない
stuck-iphone-authenticator-enable-provider-menu-missing-fix = iOS 17 では場所が違います:「設定」{ -then }「パスワード」{ -then }「パスワードオプション」。「パスワードとパスキーを自動入力」をオンにし、「パスワードとパスキーの使用元」(Use Passwords and Passkeys From) で「Authenticator」を選んでください。
stuck-iphone-authenticator-enable-provider-menu-missing-fix-ipad = iPadOS 17 では場所が違います:「設定」{ -then }「パスワード」{ -then }「パスワードオプション」。「パスワードとパスキーを自動入力」をオンにし、「パスワードとパスキーの使用元」(Use Passwords and Passkeys From) で「Authenticator」を選んでください。
stuck-iphone-authenticator-enable-provider-authenticator-not-listed = 一覧に Authenticator がない
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix = App Store で Microsoft Authenticator をアップデートし、一度開いてから再度確認してください。それでも表示されない場合は、iPhone を再起動してください。
stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix-ipad = App Store で Microsoft Authenticator をアップデートし、一度開いてから再度確認してください。それでも表示されない場合は、iPad を再起動してください。
stuck-iphone-authenticator-enable-provider-setting-locked = 設定がグレー表示になっている
stuck-iphone-authenticator-enable-provider-setting-locked-fix = この iPhone は { $company } に管理されている可能性があります。IT 部門に連絡し、自動入力の設定がロックされていると伝えてください。
stuck-iphone-authenticator-enable-provider-setting-locked-fix-ipad = この iPad は { $company } に管理されている可能性があります。IT 部門に連絡し、自動入力の設定がロックされていると伝えてください。

flow-iphone-authenticator-open-security-info-title = 「セキュリティ情報」で確認
flow-iphone-authenticator-open-security-info-body = Safari で「セキュリティ情報」を開き、{ $company } のアカウントでサインインします。サインイン方法の一覧に新しいパスキーが表示されています。その後、このガイドに戻って「完了しました」をタップしてください。
stuck-iphone-authenticator-open-security-info-in-app-browser = ページが Outlook や Teams の中で開いた
stuck-iphone-authenticator-open-security-info-in-app-browser-fix = Safari で開き直してください。アプリのメニューからリンクをブラウザーで開くか、Safari に aka.ms/mysecurityinfo と直接入力します。
stuck-iphone-authenticator-open-security-info-no-passkey-option = 一覧にパスキーがない
stuck-iphone-authenticator-open-security-info-no-passkey-option-fix = ページを再読み込みしてください。それでも表示されない場合は、Authenticator で職場アカウントに「パスキー」と表示されているか確認します。表示されていなければ、ステップ「Authenticator にパスキーを作成させる」に戻ってください。
stuck-iphone-authenticator-open-security-info-sign-in-loop = まだ持っていないパスキーでのサインインを何度も求められる
stuck-iphone-authenticator-open-security-info-sign-in-loop-fix = { $company } 側の設定が原因です。IT 部門に連絡して一時アクセス パスを発行してもらい、もう一度お試しください。

flow-iphone-authenticator-create-in-app-title = Authenticator にパスキーを作成させる
flow-iphone-authenticator-create-in-app-body = Authenticator がパスキーを作成します。表示されるサインインの確認に答えてください。パスコードを求められたら、「設定」をタップしてパスコードを設定し、戻ってきます。パスキー用にオンにするよう求められたら、「設定」をタップします。そこで何をオンにするかは次のステップで説明します。
stuck-iphone-authenticator-create-in-app-no-create-option = 「パスキーを作成」が表示されない
stuck-iphone-authenticator-create-in-app-no-create-option-fix = App Store で Authenticator をアップデートし、職場アカウントをタップしたか確認してください。それでも表示されない場合は、{ $company } の IT 部門に連絡してください。
stuck-iphone-authenticator-create-in-app-no-passcode = パスコードが必要と表示される
stuck-iphone-authenticator-create-in-app-no-passcode-fix = 「設定」{ -then }「Face IDとパスコード」(または「Touch IDとパスコード」) { -then }「パスコードをオンにする」を開きます。その後、Authenticator に戻ってください。
stuck-iphone-authenticator-create-in-app-passkey-already-exists = パスキーがすでに存在すると表示される
stuck-iphone-authenticator-create-in-app-passkey-already-exists-fix = Authenticator でアカウント { -then }「設定」{ -then }「パスキーを削除」(Delete passkey) をタップし、もう一度「パスキーを作成」をタップしてください。「マイ セキュリティ情報」に使っていない古いパスキーがあれば、そちらも削除してください。
stuck-iphone-authenticator-create-in-app-registration-failed = パスキーを追加できなかったと表示される
stuck-iphone-authenticator-create-in-app-registration-failed-fix = 1 分ほど待ってから、もう一度お試しください。裏側の確認処理が混み合っていることがあります。再び失敗した場合は、{ $company } の IT 部門に連絡し、表示されたメッセージをそのまま伝えてください。

flow-iphone-authenticator-finish-title = Authenticator で完了
flow-iphone-authenticator-finish-body = Authenticator に戻り、「完了」をタップします。職場アカウントにサインイン方法として「パスキー」が表示されます。もう一度「完了」をタップしてください。
stuck-iphone-authenticator-finish-passkey-not-found = アカウントに「パスキー」が表示されない
stuck-iphone-authenticator-finish-passkey-not-found-fix = 前のステップを確認してください。Authenticator をパスキー用にオンにしておく必要があります。その後、もう一度職場アカウント { -then }「パスキーを作成」をタップします。
stuck-iphone-authenticator-finish-page-timed-out = Authenticator がタイムアウトした、またはサインアウトされた
stuck-iphone-authenticator-finish-page-timed-out-fix = Authenticator をもう一度開き、職場アカウントをタップしてから「パスキーを作成」をタップしてください。

## iphone-icloud

flow-iphone-icloud-title = iPhone と iCloud キーチェーン
flow-iphone-icloud-title-ipad = iPad と iCloud キーチェーン
flow-iphone-icloud-summary = iPhone のパスワード (iCloud キーチェーン) にパスキーを保存します。ほかの Apple デバイスでも使えます。所要時間は約 3 分です。
flow-iphone-icloud-summary-ipad = iPad のパスワード (iCloud キーチェーン) にパスキーを保存します。ほかの Apple デバイスでも使えます。所要時間は約 3 分です。

flow-iphone-icloud-update-title = iPhone をアップデート
flow-iphone-icloud-update-title-ipad = iPad をアップデート
flow-iphone-icloud-update-body = iOS 16 以降が必要です。「設定」{ -then }「一般」{ -then }「ソフトウェアアップデート」を開き、表示されたアップデートをインストールしてください。
flow-iphone-icloud-update-body-ipad = iPadOS 16 以降が必要です。「設定」{ -then }「一般」{ -then }「ソフトウェアアップデート」を開き、表示されたアップデートをインストールしてください。
stuck-iphone-icloud-update-os-too-old = iPhone を iOS 16 にアップデートできない
stuck-iphone-icloud-update-os-too-old-ipad = iPad を iPadOS 16 にアップデートできない
stuck-iphone-icloud-update-os-too-old-fix = この iPhone ではパスキーを保存できません。{ $company } の IT 部門に連絡し、使える別の方法を確認してください。
stuck-iphone-icloud-update-os-too-old-fix-ipad = この iPad ではパスキーを保存できません。{ $company } の IT 部門に連絡し、使える別の方法を確認してください。
stuck-iphone-icloud-update-which-version = iOS のバージョンがわからない
stuck-iphone-icloud-update-which-version-ipad = iPadOS のバージョンがわからない
stuck-iphone-icloud-update-which-version-fix = 「設定」{ -then }「一般」{ -then }「情報」を開き、「iOSバージョン」を確認してください。
stuck-iphone-icloud-update-which-version-fix-ipad = 「設定」{ -then }「一般」{ -then }「情報」を開き、「iPadOSバージョン」を確認してください。

flow-iphone-icloud-icloud-keychain-title = iCloud キーチェーンをオンにする
flow-iphone-icloud-icloud-keychain-body = 「設定」{ -then } ユーザ名 { -then }「iCloud」{ -then }「パスワード」を開き、「このiPhoneを同期」をオンにします。iOS 17 以前では、「パスワード」の代わりに「パスワードとキーチェーン」をタップしてください。
flow-iphone-icloud-icloud-keychain-body-ipad = 「設定」{ -then } ユーザ名 { -then }「iCloud」{ -then }「パスワード」を開き、「このiPadを同期」をオンにします。iPadOS 17 以前では、「パスワード」の代わりに「パスワードとキーチェーン」をタップしてください。
flow-iphone-icloud-icloud-keychain-body-ios17 = 「設定」{ -then } ユーザ名 { -then }「iCloud」{ -then }「パスワードとキーチェーン」を開き、「このiPhoneを同期」をオンにします。
flow-iphone-icloud-icloud-keychain-body-ios17-ipad = 「設定」{ -then } ユーザ名 { -then }「iCloud」{ -then }「パスワードとキーチェーン」を開き、「このiPadを同期」をオンにします。
stuck-iphone-icloud-icloud-keychain-no-apple-account = Apple Account にサインインしていない
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix = 「設定」の一番上にある「iPhoneにサインイン」をタップしてサインインしてください。iCloud を使いたくない場合は、前に戻って別の方法を選んでください。
stuck-iphone-icloud-icloud-keychain-no-apple-account-fix-ipad = 「設定」の一番上にある「iPadにサインイン」をタップしてサインインしてください。iCloud を使いたくない場合は、前に戻って別の方法を選んでください。
stuck-iphone-icloud-icloud-keychain-two-factor-needed = 2 ファクタ認証が必要と表示される
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix = 「設定」{ -then } ユーザ名 { -then }「サインインとセキュリティ」を開き、「2ファクタ認証」をオンにします。その後、戻って「このiPhoneを同期」をオンにしてください。
stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix-ipad = 「設定」{ -then } ユーザ名 { -then }「サインインとセキュリティ」を開き、「2ファクタ認証」をオンにします。その後、戻って「このiPadを同期」をオンにしてください。
stuck-iphone-icloud-icloud-keychain-no-passcode = iPhone にパスコードが設定されていない
stuck-iphone-icloud-icloud-keychain-no-passcode-ipad = iPad にパスコードが設定されていない
stuck-iphone-icloud-icloud-keychain-no-passcode-fix = 「設定」{ -then }「Face IDとパスコード」(または「Touch IDとパスコード」) { -then }「パスコードをオンにする」を開いてください。

flow-iphone-icloud-open-security-info-title = 「マイ セキュリティ情報」から始める
flow-iphone-icloud-open-security-info-body = Safari で「マイ セキュリティ情報」(aka.ms/mysecurityinfo) を開き、{ $company } のアカウントでサインインします。「+ サインイン方法の追加」{ -then }「パスキー」をタップし、「次へ」をタップしてください。
stuck-iphone-icloud-open-security-info-in-app-browser = ページが Outlook や Teams の中で開いた
stuck-iphone-icloud-open-security-info-in-app-browser-fix = ほかのアプリの中からはパスキーを保存できないことがよくあります。アプリのメニューからリンクをブラウザーで開くか、Safari に aka.ms/mysecurityinfo と直接入力してください。
stuck-iphone-icloud-open-security-info-no-passkey-option = 一覧に「パスキー」がない
stuck-iphone-icloud-open-security-info-no-passkey-option-fix = { $company } でパスキーがまだ有効になっていない可能性があります。IT 部門に連絡し、どの種類のパスキーを使うべきか確認してください。
stuck-iphone-icloud-open-security-info-only-authenticator = 「Microsoft Authenticator のパスキー」しか表示されない
stuck-iphone-icloud-open-security-info-only-authenticator-fix = { $company } ではパスキーを Microsoft Authenticator に保存する必要があります。前に戻って「iPhone と Microsoft Authenticator」のガイドを選んでください。
stuck-iphone-icloud-open-security-info-only-authenticator-fix-ipad = { $company } ではパスキーを Microsoft Authenticator に保存する必要があります。前に戻って「iPad と Microsoft Authenticator」のガイドを選んでください。

flow-iphone-icloud-save-passkey-title = iPhone にパスキーを保存
flow-iphone-icloud-save-passkey-title-ipad = iPad にパスキーを保存
flow-iphone-icloud-save-passkey-body = もう一度「次へ」をタップします。iPhone にパスキーの保存画面が表示されたら、「続ける」をタップし、Face ID、Touch ID、またはパスコードで確認します。保存先を聞かれたら、「パスワード」(または「iCloud キーチェーン」) を選んでください。
flow-iphone-icloud-save-passkey-body-ipad = もう一度「次へ」をタップします。iPad にパスキーの保存画面が表示されたら、「続ける」をタップし、Face ID、Touch ID、またはパスコードで確認します。保存先を聞かれたら、「パスワード」(または「iCloud キーチェーン」) を選んでください。
stuck-iphone-icloud-save-passkey-not-allowed = 組織がこのパスキーを許可していないと表示される
stuck-iphone-icloud-save-passkey-not-allowed-fix = { $company } では 1 台のデバイスにとどまるパスキーだけが許可されています。前に戻って「iPhone と Microsoft Authenticator」のガイドを選んでください。
stuck-iphone-icloud-save-passkey-not-allowed-fix-ipad = { $company } では 1 台のデバイスにとどまるパスキーだけが許可されています。前に戻って「iPad と Microsoft Authenticator」のガイドを選んでください。
stuck-iphone-icloud-save-passkey-saved-elsewhere = パスキーが別のアプリに保存された
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix = 「マイ セキュリティ情報」を確認してください。パスキーが一覧にあれば完了です。なければもう一度試し、保存先を聞かれたら「パスワード」を選んでください。
stuck-iphone-icloud-save-passkey-saved-elsewhere-fix-ipad = 「マイ セキュリティ情報」を確認してください。パスキーが一覧にあれば完了です。なければもう一度試し、保存先を聞かれたら「パスワード」を選んでください。
stuck-iphone-icloud-save-passkey-nothing-happens = 「次へ」をタップしても何も起きない
stuck-iphone-icloud-save-passkey-nothing-happens-fix = ページを Safari で開いているか、iCloud キーチェーンがオンになっているかを確認してください。その後、「+ サインイン方法の追加」からやり直します。

flow-iphone-icloud-name-it-title = パスキーに名前を付ける
flow-iphone-icloud-name-it-body = 「自分の iPhone」など、わかりやすい名前を入力して「次へ」をタップし、「完了」をタップします。サインイン方法の一覧にパスキーが表示されます。
flow-iphone-icloud-name-it-body-ipad = 「自分の iPad」など、わかりやすい名前を入力して「次へ」をタップし、「完了」をタップします。サインイン方法の一覧にパスキーが表示されます。
stuck-iphone-icloud-name-it-closed-too-early = 名前を付ける前にページを閉じてしまった
stuck-iphone-icloud-name-it-closed-too-early-fix = 「マイ セキュリティ情報」を開いてください。パスキーが一覧にあれば完了です。なければ「+ サインイン方法の追加」からやり直します。

## samsung

flow-samsung-title = Samsung Galaxy と Microsoft Authenticator
flow-samsung-summary = Galaxy の Microsoft Authenticator アプリにパスキーを作成し、指紋、顔、PIN でサインインできるようにします。所要時間は約 5 分です。

flow-samsung-update-title = Galaxy をアップデート
flow-samsung-update-body = Android 14 以降が必要です。「設定」{ -then }「ソフトウェア更新」{ -then }「ダウンロードおよびインストール」を開き、表示されたアップデートをインストールしてください。
stuck-samsung-update-os-too-old = Android 14 にアップデートできない
stuck-samsung-update-os-too-old-fix = このスマートフォンでは Authenticator にパスキーを保存できません。{ $company } の IT 部門に連絡し、使える別の方法を確認してください。
stuck-samsung-update-which-version = Android のバージョンがわからない
stuck-samsung-update-which-version-fix = 「設定」{ -then }「端末情報」{ -then }「ソフトウェア情報」を開き、「Androidバージョン」を確認してください。

flow-samsung-install-authenticator-title = Authenticator に職場アカウントを追加
flow-samsung-install-authenticator-body = Play ストアから「Microsoft Authenticator」をインストールして開き、最初の画面を進めます。「職場または学校アカウントを追加」(または「アカウントを追加」、または「+」{ -then }「職場または学校アカウント」) { -then }「サインイン」をタップし、{ $company } の職場アカウントでサインインしてください。職場アカウントがすでにある場合は、それをタップしてから「パスキーを作成」(Create a passkey) をタップします。
stuck-samsung-install-authenticator-work-profile = 仕事用プロファイルがある (かばんのマーク付きのアプリ)
stuck-samsung-install-authenticator-work-profile-fix = パスキーは保存したプロファイルの中でしか使えません。仕事用アプリがあるプロファイルの Authenticator を使ってください。両方のプロファイルで仕事用アプリを使う場合は、それぞれでパスキーを作成します。
stuck-samsung-install-authenticator-account-already-added = Authenticator に職場アカウントがすでに表示されている
stuck-samsung-install-authenticator-account-already-added-fix = 職場アカウントをタップしてから「パスキーを作成」をタップし、次のステップに進んでください。
stuck-samsung-install-authenticator-cant-sign-in = Authenticator で本人確認を求められるが、確認できない
stuck-samsung-install-authenticator-cant-sign-in-fix = { $company } の IT 部門に一時アクセス パス (Temporary Access Pass) を発行してもらい、Authenticator で求められたら入力してください。

flow-samsung-enable-provider-title = Authenticator をパスキーのアプリにする
flow-samsung-enable-provider-body = 「設定」{ -then }「一般管理」{ -then }「パスワード、パスキー、自動入力」(Passwords, passkeys and autofill) を開き、「Authenticator」をオンにします。Samsung Pass はオンのままでかまいません。その後、Authenticator に戻ってください。
stuck-samsung-enable-provider-menu-missing = 「パスワード、パスキー、自動入力」が見つからない
stuck-samsung-enable-provider-menu-missing-fix = 「設定」を開き、検索アイコンをタップして「パスキー」と入力してください。メニュー名は機種やバージョンによって少し異なります。
stuck-samsung-enable-provider-authenticator-not-listed = 一覧に Authenticator がない、またはオンにできない
stuck-samsung-enable-provider-authenticator-not-listed-fix = Play ストアで Authenticator をアップデートし、一度開いてから再度確認してください。Android 14 でそれでもオンにできない場合は、Android 15 にアップデートしてください。

flow-samsung-open-security-info-title = 「セキュリティ情報」で確認
flow-samsung-open-security-info-body = Chrome または Samsung Internet で「セキュリティ情報」を開き、{ $company } のアカウントでサインインします。サインイン方法の一覧に新しいパスキーが表示されています。その後、このガイドに戻って「完了しました」をタップしてください。
stuck-samsung-open-security-info-in-app-browser = ページが Outlook や Teams の中で開いた
stuck-samsung-open-security-info-in-app-browser-fix = Chrome または Samsung Internet で開き直してください。アプリのメニューからリンクをブラウザーで開くか、aka.ms/mysecurityinfo と直接入力します。
stuck-samsung-open-security-info-no-passkey-option = 一覧にパスキーがない
stuck-samsung-open-security-info-no-passkey-option-fix = ページを再読み込みしてください。それでも表示されない場合は、Authenticator で職場アカウントに「パスキー」と表示されているか確認します。表示されていなければ、ステップ「Authenticator にパスキーを作成させる」に戻ってください。
stuck-samsung-open-security-info-sign-in-loop = まだ持っていないパスキーでのサインインを何度も求められる
stuck-samsung-open-security-info-sign-in-loop-fix = { $company } 側の設定が原因です。IT 部門に連絡して一時アクセス パスを発行してもらい、もう一度お試しください。

flow-samsung-create-in-app-title = Authenticator にパスキーを作成させる
flow-samsung-create-in-app-body = Authenticator がパスキーを作成します。表示されるサインインの確認に答えてください。画面ロックを求められたら、「設定」をタップして画面ロックを設定し、戻ってきます。パスキー用にオンにするよう求められたら、「設定」をタップします。そこで何をオンにするかは次のステップで説明します。
stuck-samsung-create-in-app-samsung-pass-appears = パスキーの保存に Samsung Pass が表示される
stuck-samsung-create-in-app-samsung-pass-appears-fix = Samsung Pass には保存しないでください。「別の方法で保存」(Save another way。機種によっては「その他のオプション」) をタップし、「Authenticator」を選びます。Authenticator が表示されない場合は、ステップ「Authenticator をパスキーのアプリにする」を確認してください。
stuck-samsung-create-in-app-saved-in-samsung-pass = 誤って Samsung Pass に保存してしまった
stuck-samsung-create-in-app-saved-in-samsung-pass-fix = 「セキュリティ情報」を開いて、そのパスキーを削除してください。その後、Authenticator で職場アカウント { -then }「パスキーを作成」をタップし、保存先を聞かれたら「Authenticator」を選びます。
stuck-samsung-create-in-app-no-screen-lock = 画面ロックが必要と表示される
stuck-samsung-create-in-app-no-screen-lock-fix = 「設定」を開いて「画面ロックの種類」を検索し、PIN、パターン、またはパスワードを選んでください。その後、Authenticator に戻ります。
stuck-samsung-create-in-app-passkey-already-exists = パスキーがすでに存在すると表示される
stuck-samsung-create-in-app-passkey-already-exists-fix = Authenticator でアカウント { -then }「設定」{ -then }「パスキーを削除」(Delete passkey) をタップし、もう一度「パスキーを作成」をタップしてください。

flow-samsung-finish-title = Authenticator で完了
flow-samsung-finish-body = Authenticator に戻り、「完了」をタップします。職場アカウントにサインイン方法として「パスキー」が表示されます。もう一度「完了」をタップしてください。
stuck-samsung-finish-passkey-not-found = アカウントに「パスキー」が表示されない
stuck-samsung-finish-passkey-not-found-fix = 前のステップを確認してください。Authenticator をパスキー用にオンにしておく必要があります。その後、もう一度職場アカウント { -then }「パスキーを作成」をタップします。
stuck-samsung-finish-page-timed-out = Authenticator がタイムアウトした、またはサインアウトされた
stuck-samsung-finish-page-timed-out-fix = Authenticator をもう一度開き、職場アカウントをタップしてから「パスキーを作成」をタップしてください。

## android

flow-android-title = Android スマートフォンと Google パスワード マネージャー
flow-android-summary = Google パスワード マネージャーにパスキーを保存します。同じ Google アカウントでログインしているほかのデバイスでも使えます。所要時間は約 3 分です。

flow-android-screen-lock-title = 画面ロックを確認
flow-android-screen-lock-body = Android 9 以降と画面ロックが必要です。「設定」を開いて「画面ロック」を検索し、まだ設定していない場合は PIN、パターン、またはパスワードを選んでください。
stuck-android-screen-lock-os-too-old = Android 8 以前を使っている
stuck-android-screen-lock-os-too-old-fix = このスマートフォンではパスキーを保存できません。{ $company } の IT 部門に連絡し、使える別の方法を確認してください。
stuck-android-screen-lock-which-version = Android のバージョンがわからない
stuck-android-screen-lock-which-version-fix = 「設定」{ -then }「デバイス情報」を開き、「Android バージョン」を確認してください。

flow-android-check-google-title = Google パスワード マネージャーを確認
flow-android-check-google-body = このスマートフォンが Google アカウントにログインしていることを確認してください。Android 14 以降では、「設定」を開いて「パスキー」を検索し、「Google」が選択されているか、オンになっているかを確認します。
stuck-android-check-google-no-google-account = このスマートフォンに Google アカウントがない
stuck-android-check-google-no-google-account-fix = 「設定」を開いて「アカウント」を検索し、Google アカウントを追加してください。Google を使いたくない場合は、前に戻って別の方法を選んでください。
stuck-android-check-google-other-app-preferred = 別のアプリがパスワード アプリに設定されている
stuck-android-check-google-other-app-preferred-fix = そのアプリがパスキーを保存しようとする場合があります。保存先を聞かれたら「Google」を選んでください。
stuck-android-check-google-work-profile = 仕事用プロファイルがある (かばんのマーク付きのアプリ)
stuck-android-check-google-work-profile-fix = パスキーは保存したプロファイルの中でしか使えません。次のステップは、仕事に使うプロファイルのブラウザーで開いてください。

flow-android-open-security-info-title = 「マイ セキュリティ情報」から始める
flow-android-open-security-info-body = Chrome で「マイ セキュリティ情報」(aka.ms/mysecurityinfo) を開き、{ $company } のアカウントでサインインします。「+ サインイン方法の追加」{ -then }「パスキー」をタップし、「次へ」をタップしてください。
stuck-android-open-security-info-in-app-browser = ページが Outlook や Teams の中で開いた
stuck-android-open-security-info-in-app-browser-fix = ほかのアプリの中からはパスキーを保存できないことがよくあります。アプリのメニューからリンクをブラウザーで開くか、Chrome に aka.ms/mysecurityinfo と直接入力してください。
stuck-android-open-security-info-no-passkey-option = 一覧に「パスキー」がない
stuck-android-open-security-info-no-passkey-option-fix = { $company } でパスキーがまだ有効になっていない可能性があります。IT 部門に連絡し、どの種類のパスキーを使うべきか確認してください。
stuck-android-open-security-info-only-authenticator = 「Microsoft Authenticator のパスキー」しか表示されない
stuck-android-open-security-info-only-authenticator-fix = { $company } ではパスキーを Microsoft Authenticator に保存する必要があります。前に戻って「Android スマートフォンと Microsoft Authenticator」のガイドを選んでください。

flow-android-save-passkey-title = パスキーを保存
flow-android-save-passkey-body = パスキーの作成画面が表示されたら、Google パスワード マネージャーと表示されていることを確認して「続行」をタップします。指紋、顔、または画面ロックでロックを解除してください。
stuck-android-save-passkey-not-allowed = 組織がこのパスキーを許可していないと表示される
stuck-android-save-passkey-not-allowed-fix = { $company } では 1 台のデバイスにとどまるパスキーだけが許可されています。前に戻って「Android スマートフォンと Microsoft Authenticator」のガイドを選んでください。
stuck-android-save-passkey-other-app-offered = 別のアプリが保存を提案してくる
stuck-android-save-passkey-other-app-offered-fix = 「別の方法で保存」(Save another way。または「その他のオプション」) をタップし、「Google パスワード マネージャー」を選んでください。
stuck-android-save-passkey-nothing-happens = 何も表示されない
stuck-android-save-passkey-nothing-happens-fix = ページを Chrome で開いているか、画面ロックがオンになっているかを確認してください。Play ストアで Chrome と Google Play 開発者サービスをアップデートし、「+ サインイン方法の追加」からやり直します。

flow-android-name-it-title = パスキーに名前を付ける
flow-android-name-it-body = 「自分のスマートフォン」など、わかりやすい名前を入力して「次へ」をタップし、「完了」をタップします。サインイン方法の一覧にパスキーが表示されます。
stuck-android-name-it-closed-too-early = 名前を付ける前にページを閉じてしまった
stuck-android-name-it-closed-too-early-fix = 「マイ セキュリティ情報」を開いてください。パスキーが一覧にあれば完了です。なければ「+ サインイン方法の追加」からやり直します。

## android-authenticator

flow-android-authenticator-title = Android スマートフォンと Microsoft Authenticator
flow-android-authenticator-summary = スマートフォンの Microsoft Authenticator アプリにパスキーを作成し、指紋、顔、PIN でサインインできるようにします。所要時間は約 5 分です。

flow-android-authenticator-update-title = スマートフォンをアップデート
flow-android-authenticator-update-body = Android 14 以降が必要です。「設定」を開いて「システム アップデート」を検索し、表示されたアップデートをインストールしてください。
stuck-android-authenticator-update-os-too-old = Android 14 にアップデートできない
stuck-android-authenticator-update-os-too-old-fix = このスマートフォンでは Authenticator にパスキーを保存できません。{ $company } の IT 部門に連絡し、使える別の方法を確認してください。
stuck-android-authenticator-update-which-version = Android のバージョンがわからない
stuck-android-authenticator-update-which-version-fix = 「設定」{ -then }「デバイス情報」を開き、「Android バージョン」を確認してください。

flow-android-authenticator-install-authenticator-title = Authenticator に職場アカウントを追加
flow-android-authenticator-install-authenticator-body = Play ストアから「Microsoft Authenticator」をインストールして開き、最初の画面を進めます。「職場または学校アカウントを追加」(または「アカウントを追加」、または「+」{ -then }「職場または学校アカウント」) { -then }「サインイン」をタップし、{ $company } の職場アカウントでサインインしてください。職場アカウントがすでにある場合は、それをタップしてから「パスキーを作成」(Create a passkey) をタップします。
stuck-android-authenticator-install-authenticator-work-profile = 仕事用プロファイルがある (かばんのマーク付きのアプリ)
stuck-android-authenticator-install-authenticator-work-profile-fix = パスキーは保存したプロファイルの中でしか使えません。仕事用アプリがあるプロファイルの Authenticator を使ってください。両方のプロファイルで仕事用アプリを使う場合は、それぞれでパスキーを作成します。
stuck-android-authenticator-install-authenticator-account-already-added = Authenticator に職場アカウントがすでに表示されている
stuck-android-authenticator-install-authenticator-account-already-added-fix = 職場アカウントをタップしてから「パスキーを作成」をタップし、次のステップに進んでください。
stuck-android-authenticator-install-authenticator-cant-sign-in = Authenticator で本人確認を求められるが、確認できない
stuck-android-authenticator-install-authenticator-cant-sign-in-fix = { $company } の IT 部門に一時アクセス パス (Temporary Access Pass) を発行してもらい、Authenticator で求められたら入力してください。

flow-android-authenticator-enable-provider-title = Authenticator でパスキーを保存できるようにする
flow-android-authenticator-enable-provider-body = 「設定」{ -then }「パスワードとアカウント」を開きます。「その他のプロバイダ」(Additional providers) で「Authenticator」をオンにしてください。その後、Authenticator に戻ります。
stuck-android-authenticator-enable-provider-menu-missing = メニューの表示が違う
stuck-android-authenticator-enable-provider-menu-missing-fix = 「設定」を開き、検索バーをタップして「パスキー」と入力します。パスワードとパスキーに関する項目を開き、「Authenticator」をオンにしてください。
stuck-android-authenticator-enable-provider-authenticator-not-listed = 一覧に Authenticator がない、またはオンにできない
stuck-android-authenticator-enable-provider-authenticator-not-listed-fix = Play ストアで Authenticator をアップデートし、一度開いてから再度確認してください。Android 14 でそれでもオンにできない場合は、Android 15 にアップデートしてください。

flow-android-authenticator-open-security-info-title = 「セキュリティ情報」で確認
flow-android-authenticator-open-security-info-body = Chrome で「セキュリティ情報」を開き、{ $company } のアカウントでサインインします。サインイン方法の一覧に新しいパスキーが表示されています。その後、このガイドに戻って「完了しました」をタップしてください。
stuck-android-authenticator-open-security-info-in-app-browser = ページが Outlook や Teams の中で開いた
stuck-android-authenticator-open-security-info-in-app-browser-fix = Chrome で開き直してください。アプリのメニューからリンクをブラウザーで開くか、Chrome に aka.ms/mysecurityinfo と直接入力します。
stuck-android-authenticator-open-security-info-no-passkey-option = 一覧にパスキーがない
stuck-android-authenticator-open-security-info-no-passkey-option-fix = ページを再読み込みしてください。それでも表示されない場合は、Authenticator で職場アカウントに「パスキー」と表示されているか確認します。表示されていなければ、ステップ「Authenticator にパスキーを作成させる」に戻ってください。
stuck-android-authenticator-open-security-info-sign-in-loop = まだ持っていないパスキーでのサインインを何度も求められる
stuck-android-authenticator-open-security-info-sign-in-loop-fix = { $company } 側の設定が原因です。IT 部門に連絡して一時アクセス パスを発行してもらい、もう一度お試しください。

flow-android-authenticator-create-in-app-title = Authenticator にパスキーを作成させる
flow-android-authenticator-create-in-app-body = Authenticator がパスキーを作成します。表示されるサインインの確認に答えてください。画面ロックを求められたら、「設定」をタップして画面ロックを設定し、戻ってきます。パスキー用にオンにするよう求められたら、「設定」をタップします。そこで何をオンにするかは次のステップで説明します。
stuck-android-authenticator-create-in-app-other-app-offered = Google パスワード マネージャーや別のアプリが保存を提案してくる
stuck-android-authenticator-create-in-app-other-app-offered-fix = そこには保存しないでください。「別の方法で保存」(Save another way。または「その他のオプション」) をタップし、「Authenticator」を選びます。Authenticator が表示されない場合は、ステップ「Authenticator でパスキーを保存できるようにする」を確認してください。
stuck-android-authenticator-create-in-app-no-screen-lock = 画面ロックが必要と表示される
stuck-android-authenticator-create-in-app-no-screen-lock-fix = 「設定」を開いて「画面ロック」を検索し、PIN、パターン、またはパスワードを選んでください。その後、Authenticator に戻ります。
stuck-android-authenticator-create-in-app-passkey-already-exists = パスキーがすでに存在すると表示される
stuck-android-authenticator-create-in-app-passkey-already-exists-fix = Authenticator でアカウント { -then }「設定」{ -then }「パスキーを削除」(Delete passkey) をタップし、もう一度「パスキーを作成」をタップしてください。
stuck-android-authenticator-create-in-app-registration-failed = パスキーを追加できなかったと表示される
stuck-android-authenticator-create-in-app-registration-failed-fix = 1 分ほど待ってから、もう一度お試しください。裏側の確認処理が混み合っていることがあります。再び失敗した場合は、{ $company } の IT 部門に連絡し、表示されたメッセージをそのまま伝えてください。

flow-android-authenticator-finish-title = Authenticator で完了
flow-android-authenticator-finish-body = Authenticator に戻り、「完了」をタップします。職場アカウントにサインイン方法として「パスキー」が表示されます。もう一度「完了」をタップしてください。
stuck-android-authenticator-finish-passkey-not-found = アカウントに「パスキー」が表示されない
stuck-android-authenticator-finish-passkey-not-found-fix = 前のステップを確認してください。Authenticator をパスキー用にオンにしておく必要があります。その後、もう一度職場アカウント { -then }「パスキーを作成」をタップします。
stuck-android-authenticator-finish-page-timed-out = Authenticator がタイムアウトした、またはサインアウトされた
stuck-android-authenticator-finish-page-timed-out-fix = Authenticator をもう一度開き、職場アカウントをタップしてから「パスキーを作成」をタップしてください。

## windows-hello

flow-windows-hello-title = Windows PC と Windows Hello
flow-windows-hello-summary = この PC にパスキーを保存し、Windows Hello の顔、指紋、PIN でロックを解除できるようにします。所要時間は約 3 分です。

flow-windows-hello-set-up-hello-title = Windows Hello を設定
flow-windows-hello-set-up-hello-body = 「設定」{ -then }「アカウント」{ -then }「サインイン オプション」を開きます。PIN がまだない場合は、「PIN (Windows Hello)」{ -then }「セットアップ」を選びます。ここで顔や指紋も追加できます。
stuck-windows-hello-set-up-hello-greyed-out = Windows Hello の項目がグレー表示になっている
stuck-windows-hello-set-up-hello-greyed-out-fix = この PC は { $company } に管理されている可能性があります。IT 部門に連絡して Windows Hello を許可してもらうか、前に戻って別の方法を選んでください。
stuck-windows-hello-set-up-hello-no-face-or-fingerprint = PC に顔や指紋でのサインイン機能がない
stuck-windows-hello-set-up-hello-no-face-or-fingerprint-fix = 問題ありません。Windows Hello の PIN だけで大丈夫です。
stuck-windows-hello-set-up-hello-old-windows = しばらく PC をアップデートしていない
stuck-windows-hello-set-up-hello-old-windows-fix = 「設定」{ -then }「Windows Update」{ -then }「更新プログラムのチェック」を開き、表示された更新をインストールしてから再起動してください。

flow-windows-hello-open-security-info-title = 「マイ セキュリティ情報」から始める
flow-windows-hello-open-security-info-body = Microsoft Edge または Chrome で「マイ セキュリティ情報」(aka.ms/mysecurityinfo) を開き、{ $company } のアカウントでサインインします。「+ サインイン方法の追加」{ -then }「パスキー」を選び、「次へ」を選んでください。
stuck-windows-hello-open-security-info-no-passkey-option = 一覧に「パスキー」がない
stuck-windows-hello-open-security-info-no-passkey-option-fix = { $company } でパスキーがまだ有効になっていない可能性があります。IT 部門に連絡し、どの種類のパスキーを使うべきか確認してください。
stuck-windows-hello-open-security-info-only-authenticator = 「Microsoft Authenticator のパスキー」しか表示されない
stuck-windows-hello-open-security-info-only-authenticator-fix = { $company } ではパスキーをスマートフォンの Microsoft Authenticator に保存する必要があります。前に戻ってコンピューターとスマートフォン用のガイドを選んでください。

flow-windows-hello-save-passkey-title = この PC に保存
flow-windows-hello-save-passkey-body = Windows に「パスキーの保存」(Save your passkey) が表示され、「この Windows デバイスに保存されます」(This will be saved to your Windows device) と書かれています。「OK」を選び、顔、指紋、PIN で確認してください。(別の保存先が表示されている場合は、「変更」(Change) を選んでこの Windows デバイスを選びます。)
flow-windows-hello-save-passkey-body-windows10 = 「Windows セキュリティ」のウィンドウで、Windows Hello での確認を求められます。指示に従って顔、指紋、PIN を使い、パスキーはこの PC に保存してください。
stuck-windows-hello-save-passkey-no-windows-option = 「この Windows デバイス」が表示されない
stuck-windows-hello-save-passkey-no-windows-option-fix = まず Windows Hello の PIN を設定し (ステップ 1)、「+ サインイン方法の追加」からやり直してください。
stuck-windows-hello-save-passkey-browser-offers-other-app = ブラウザーがパスワード マネージャーへの保存を提案してくる
stuck-windows-hello-save-passkey-browser-offers-other-app-fix = 「別の方法で保存」(Save another way。または「その他のオプション」) を選び、Windows Hello またはこの Windows デバイスの項目を選んでください。
stuck-windows-hello-save-passkey-already-registered = パスキーがすでに登録されていると表示される
stuck-windows-hello-save-passkey-already-registered-fix = { $company } の PC では、職場アカウント用の Windows Hello がすでに設定されていることがあり、Windows はそのアカウント用に 2 つ目のパスキーを保存できません。この PC には Windows Hello ですでにサインインできます。ほかのデバイス用には、前に戻ってスマートフォンのガイドを選んでください。
stuck-windows-hello-save-passkey-not-allowed = このパスキーは許可されていないと表示される
stuck-windows-hello-save-passkey-not-allowed-fix = { $company } では Windows Hello のパスキーがまだ許可されていない可能性があります。IT 部門に連絡するか、前に戻って別の方法を選んでください。

flow-windows-hello-name-it-title = パスキーに名前を付ける
flow-windows-hello-name-it-body = 「自分のノート PC」など、わかりやすい名前を入力して「次へ」を選び、「完了」を選びます。サインイン方法の一覧にパスキーが表示されます。
stuck-windows-hello-name-it-closed-too-early = 名前を付ける前にページを閉じてしまった
stuck-windows-hello-name-it-closed-too-early-fix = 「マイ セキュリティ情報」を開いてください。パスキーが一覧にあれば完了です。なければ「+ サインイン方法の追加」からやり直します。

## mac

flow-mac-title = Mac と iCloud キーチェーン
flow-mac-summary = iCloud キーチェーンにパスキーを保存します。Touch ID または Mac のパスワードでロックを解除でき、ほかの Apple デバイスでも使えます。所要時間は約 3 分です。

flow-mac-update-title = Mac をアップデート
flow-mac-update-body = macOS 13 Ventura 以降が必要です。アップルメニュー { -then }「システム設定」{ -then }「一般」{ -then }「ソフトウェアアップデート」を選び、表示されたアップデートをインストールしてください。
stuck-mac-update-os-too-old = Mac を macOS 13 にアップデートできない
stuck-mac-update-os-too-old-fix = この Mac ではパスキーを保存できません。前に戻ってコンピューターとスマートフォン用のガイドを選ぶか、{ $company } の IT 部門に、使える別の方法を確認してください。
stuck-mac-update-which-version = macOS のバージョンがわからない
stuck-mac-update-which-version-fix = アップルメニュー { -then }「このMacについて」を選び、バージョン番号を確認してください。

flow-mac-icloud-keychain-title = iCloud キーチェーンをオンにする
flow-mac-icloud-keychain-body = アップルメニュー { -then }「システム設定」{ -then } ユーザ名 { -then }「iCloud」{ -then }「パスワード」を選び、「このMacを同期」をオンにします。macOS Sonoma 以前では、「パスワード」の代わりに「パスワードとキーチェーン」をクリックしてください。
flow-mac-icloud-keychain-body-macos14 = アップルメニュー { -then }「システム設定」{ -then } ユーザ名 { -then }「iCloud」{ -then }「パスワードとキーチェーン」を選び、「このMacを同期」をオンにします。
stuck-mac-icloud-keychain-no-apple-account = Apple Account にサインインしていない
stuck-mac-icloud-keychain-no-apple-account-fix = 「システム設定」の一番上にある「サインイン」をクリックしてサインインしてください。iCloud を使いたくない場合は、前に戻って別の方法を選んでください。
stuck-mac-icloud-keychain-two-factor-needed = 2 ファクタ認証が必要と表示される
stuck-mac-icloud-keychain-two-factor-needed-fix = アップルメニュー { -then }「システム設定」{ -then } ユーザ名 { -then }「サインインとセキュリティ」を選び、「2ファクタ認証」をオンにします。その後、「このMacを同期」をオンにしてください。

flow-mac-open-security-info-title = 「マイ セキュリティ情報」から始める
flow-mac-open-security-info-body = Safari で「マイ セキュリティ情報」(aka.ms/mysecurityinfo) を開き、{ $company } のアカウントでサインインします。「+ サインイン方法の追加」{ -then }「パスキー」をクリックし、「次へ」をクリックしてください。
stuck-mac-open-security-info-no-passkey-option = 一覧に「パスキー」がない
stuck-mac-open-security-info-no-passkey-option-fix = { $company } でパスキーがまだ有効になっていない可能性があります。IT 部門に連絡し、どの種類のパスキーを使うべきか確認してください。
stuck-mac-open-security-info-only-authenticator = 「Microsoft Authenticator のパスキー」しか表示されない
stuck-mac-open-security-info-only-authenticator-fix = { $company } ではパスキーをスマートフォンの Microsoft Authenticator に保存する必要があります。前に戻ってコンピューターとスマートフォン用のガイドを選んでください。

flow-mac-save-passkey-title = Mac にパスキーを保存
flow-mac-save-passkey-body = Mac にパスキーの保存画面が表示されたら、「続ける」をクリックし、Touch ID または Mac のパスワードを使ってください。
stuck-mac-save-passkey-chrome-other-place = Chrome を使っていて、別の場所に保存しようとする
stuck-mac-save-passkey-chrome-other-place-fix = Chrome に保存先を聞かれたら「iCloud キーチェーン」を選んでください。Chrome にパスキーの使用を許可するか Mac に聞かれたら、許可します。または Safari を使ってください。
stuck-mac-save-passkey-only-qr-code = スマートフォン用の QR コードしか表示されない
stuck-mac-save-passkey-only-qr-code-fix = この Mac はまだパスキーを保存できる状態ではありません。iCloud キーチェーンがオンになっているか確認し (ステップ 2)、Safari でやり直してください。
stuck-mac-save-passkey-not-allowed = 組織がこのパスキーを許可していないと表示される
stuck-mac-save-passkey-not-allowed-fix = { $company } では 1 台のデバイスにとどまるパスキーだけが許可されています。前に戻ってコンピューターとスマートフォン用のガイドを選んでください。

flow-mac-name-it-title = パスキーに名前を付ける
flow-mac-name-it-body = 「自分の Mac」など、わかりやすい名前を入力して「次へ」をクリックし、「完了」をクリックします。サインイン方法の一覧にパスキーが表示されます。
stuck-mac-name-it-closed-too-early = 名前を付ける前にページを閉じてしまった
stuck-mac-name-it-closed-too-early-fix = 「マイ セキュリティ情報」を開いてください。パスキーが一覧にあれば完了です。なければ「+ サインイン方法の追加」からやり直します。

## security-key

flow-security-key-title = セキュリティキー
flow-security-key-summary = セキュリティキーを登録し、キーを差し込む (またはかざす) と PIN の入力でサインインできるようにします。所要時間は約 5 分です。

flow-security-key-get-key-title = セキュリティキーを用意
flow-security-key-get-key-body = { $company } から受け取ったセキュリティキーを用意してください。以下の手順は Windows PC または Mac で行います。
stuck-security-key-get-key-no-key = セキュリティキーを持っていない
stuck-security-key-get-key-no-key-fix = { $company } の IT 部門に依頼するか、前に戻って別の方法を選んでください。
stuck-security-key-get-key-doesnt-fit = キーがコンピューターに差し込めない
stuck-security-key-get-key-doesnt-fit-fix = USB-C と USB-A の変換アダプターを使うか、合うキーを IT 部門に依頼してください。
stuck-security-key-get-key-chromebook = Chromebook を使っている
stuck-security-key-get-key-chromebook-fix = Chromebook ではセキュリティキーを追加できません。Windows PC または Mac で一度追加してください。

flow-security-key-set-pin-title = キーに PIN を設定
flow-security-key-set-pin-body = キーには PIN が必要です。Windows で「設定」{ -then }「アカウント」{ -then }「サインイン オプション」{ -then }「セキュリティ キー」{ -then }「管理」を開き、キーを差し込んで PIN を追加します。すでに PIN がある場合は、この手順は不要です。
stuck-security-key-set-pin-on-a-mac = Mac を使っている
stuck-security-key-set-pin-on-a-mac-fix = Mac にはこの設定がありません。キーのメーカーのアプリか Windows PC で PIN を設定するか、{ $company } の IT 部門に相談してください。
stuck-security-key-set-pin-forgot-pin = キーの PIN を忘れた
stuck-security-key-set-pin-forgot-pin-fix = PIN を忘れた場合は、キーをリセットするしかなく、キーの中身はすべて消去されます。{ $company } から受け取ったキーなら、まず IT 部門に相談してください。それ以外の場合は、同じ「管理」画面の「リセット」を使います。

flow-security-key-open-security-info-title = 「マイ セキュリティ情報」から始める
flow-security-key-open-security-info-body = コンピューターで「マイ セキュリティ情報」(aka.ms/mysecurityinfo) を開き、{ $company } のアカウントでサインインします。「+ サインイン方法の追加」{ -then }「パスキー」をクリックし、「次へ」をクリックしてください。
stuck-security-key-open-security-info-no-passkey-option = 一覧に「パスキー」がない
stuck-security-key-open-security-info-no-passkey-option-fix = { $company } でパスキーがまだ有効になっていない可能性があります。IT 部門に連絡し、どの種類のパスキーを使うべきか確認してください。
stuck-security-key-open-security-info-only-authenticator = 「Microsoft Authenticator のパスキー」しか表示されない
stuck-security-key-open-security-info-only-authenticator-fix = 現在、{ $company } ではあなたのセキュリティキーを受け付けていません。IT 部門に連絡するか、前に戻ってコンピューターとスマートフォン用のガイドを選んでください。

flow-security-key-choose-key-title = 「セキュリティ キー」を選ぶ
flow-security-key-choose-key-body = パスキーの保存先を聞かれたら、「セキュリティ キー」{ -then }「次へ」を選び、「OK」を選びます。Mac や Chrome では、「その他のオプション」(Other Options) や「別の方法で保存」(Save another way) の中にある場合があります。
stuck-security-key-choose-key-no-key-option = 「セキュリティ キー」が表示されない
stuck-security-key-choose-key-no-key-option-fix = 「その他のオプション」や「別の方法で保存」の中を探してください。コンピューターやスマートフォンには保存しないでください。
stuck-security-key-choose-key-saved-wrong-place = 誤ってコンピューターやスマートフォンに保存してしまった
stuck-security-key-choose-key-saved-wrong-place-fix = 「マイ セキュリティ情報」でそのパスキーを削除し、「+ サインイン方法の追加」からやり直して「セキュリティ キー」を選んでください。

flow-security-key-touch-key-title = キーを差し込んで触れる
flow-security-key-touch-key-body = キーを差し込みます (またはリーダーにかざします)。login.microsoft.com がセキュリティキーの拡張情報を求めているとブラウザーに表示されたら、「許可」を選びます。キーの PIN を入力し、キーが点滅したらキーに触れてください。
stuck-security-key-touch-key-asks-new-pin = PIN の作成を求められる
stuck-security-key-touch-key-asks-new-pin-fix = 覚えやすい 4 文字以上の PIN を決めて、2 回入力してください。サインインのたびに必要になります。
stuck-security-key-touch-key-key-not-allowed = このセキュリティキーは許可されていないと表示される
stuck-security-key-touch-key-key-not-allowed-fix = { $company } では特定のモデルのキーしか使えません。IT 部門に連絡し、お使いのキーの種類を伝えてください。
stuck-security-key-touch-key-nothing-happens = キーに触れても何も起きない
stuck-security-key-touch-key-nothing-happens-fix = キーを抜き、別のポートに直接差し込んで (ハブは使わずに)、もう一度お試しください。
stuck-security-key-touch-key-pin-wrong = PIN が違う、またはブロックされたと表示される
stuck-security-key-touch-key-pin-wrong-fix = 何回か間違えたら、キーを抜いて差し直してください。間違いが多すぎるとキーのリセットが必要です。ステップ 2 の「キーの PIN を忘れた」を参照してください。

flow-security-key-name-it-title = キーに名前を付ける
flow-security-key-name-it-body = 「青いセキュリティキー」など、わかりやすい名前を入力して「次へ」をクリックし、「完了」をクリックします。サインイン方法の一覧にキーが表示されます。
stuck-security-key-name-it-closed-too-early = 名前を付ける前にページを閉じてしまった
stuck-security-key-name-it-closed-too-early-fix = 「マイ セキュリティ情報」を開いてください。キーが一覧にあれば完了です。なければ「+ サインイン方法の追加」からやり直します。

## cross-device

flow-cross-device-title = コンピューターとスマートフォン (Microsoft Authenticator)
flow-cross-device-summary = スマートフォンの Microsoft Authenticator にパスキーを作成し、それを使ってこのコンピューターにサインインします。所要時間は約 5 分です。

flow-cross-device-prepare-phone-title = スマートフォンを準備
flow-cross-device-prepare-phone-body = スマートフォンには iOS 17 以降または Android 14 以降が必要です。「Microsoft Authenticator」をインストールして開き、「職場または学校アカウントを追加」をタップして、{ $company } のアカウントでサインインしてください。
stuck-cross-device-prepare-phone-os-too-old = スマートフォンをそこまでアップデートできない
stuck-cross-device-prepare-phone-os-too-old-fix = このスマートフォンでは Authenticator にパスキーを保存できません。{ $company } の IT 部門に連絡し、使える別の方法を確認してください。
stuck-cross-device-prepare-phone-cant-sign-in = Authenticator で本人確認を求められるが、確認できない
stuck-cross-device-prepare-phone-cant-sign-in-fix = { $company } の IT 部門に一時アクセス パス (Temporary Access Pass) を発行してもらい、Authenticator で求められたら入力してください。
stuck-cross-device-prepare-phone-work-profile = Android に仕事用プロファイルがある (かばんのマーク付きのアプリ)
stuck-cross-device-prepare-phone-work-profile-fix = 仕事用アプリが仕事用プロファイルにある場合は、そのプロファイルの Authenticator を使ってください。パスキーは保存したプロファイルの中でしか使えません。

flow-cross-device-enable-provider-title = Authenticator でパスキーを保存できるようにする
flow-cross-device-enable-provider-body = iPhone:「設定」{ -then }「一般」{ -then }「自動入力とパスワード」で「Authenticator」をオンにします。Android:「設定」を開いて「パスキー」を検索し、「Authenticator」をオンにします。
stuck-cross-device-enable-provider-authenticator-not-listed = 一覧に Authenticator がない
stuck-cross-device-enable-provider-authenticator-not-listed-fix = Authenticator をアップデートし、一度開いてから再度確認してください。Android 14 でそれでもオンにできない場合は、Android 15 にアップデートしてください。
stuck-cross-device-enable-provider-menu-missing = iPhone でそのメニューが見つからない
stuck-cross-device-enable-provider-menu-missing-fix = iOS 17 では「設定」{ -then }「パスワード」{ -then }「パスワードオプション」にあります。「パスワードとパスキーを自動入力」をオンにして、「Authenticator」を選んでください。

flow-cross-device-open-security-info-title = コンピューターで始める
flow-cross-device-open-security-info-body = コンピューターで「マイ セキュリティ情報」(aka.ms/mysecurityinfo) を開き、{ $company } のアカウントでサインインします。「+ サインイン方法の追加」{ -then }「Microsoft Authenticator のパスキー」(Passkey in Microsoft Authenticator) をクリックし、ページの指示に従ってください。
stuck-cross-device-open-security-info-no-passkey-option = 「Microsoft Authenticator のパスキー」が表示されない
stuck-cross-device-open-security-info-no-passkey-option-fix = { $company } でまだ有効になっていない可能性があります。IT 部門に連絡し、どの種類のパスキーを使うべきか確認してください。
stuck-cross-device-open-security-info-sign-in-loop = まだ持っていないパスキーでのサインインを何度も求められる
stuck-cross-device-open-security-info-sign-in-loop-fix = { $company } 側の設定が原因です。IT 部門に連絡して一時アクセス パスを発行してもらい、もう一度お試しください。
stuck-cross-device-open-security-info-download-qr = アプリをダウンロードする QR コードが表示される
stuck-cross-device-open-security-info-download-qr-fix = スマートフォンに Authenticator がすでにあれば、「次へ」をクリックするだけです。ない場合は、スマートフォンのカメラでコードを読み取ってインストールしてください。

flow-cross-device-create-on-phone-title = スマートフォンでパスキーを作成
flow-cross-device-create-on-phone-body = ページに指示されたら、スマートフォンで Authenticator を開きます。職場アカウントがすでにある場合は、そのアカウント { -then }「パスキーを作成」(Create a passkey) をタップします。ない場合は、「職場または学校アカウントを追加」(または「+」{ -then }「職場または学校アカウント」) { -then }「サインイン」をタップします。サインインの確認に答え、画面ロックやパスキー用にオンにするよう求められたら「設定」をタップして、戻ってきます。アカウントの下に「パスキー」と表示されたら、「完了」をタップし、もう一度「完了」をタップしてください。
stuck-cross-device-create-on-phone-no-create-option = 「パスキーを作成」が表示されない
stuck-cross-device-create-on-phone-no-create-option-fix = Authenticator をアップデートし、職場アカウントをタップしたか確認してください。それでも表示されない場合は、{ $company } の IT 部門に連絡してください。
stuck-cross-device-create-on-phone-no-screen-lock = 画面ロックが必要と表示される
stuck-cross-device-create-on-phone-no-screen-lock-fix = スマートフォンの設定でパスコード、PIN、パターン、またはパスワードを設定し、Authenticator に戻ってください。
stuck-cross-device-create-on-phone-passkey-already-exists = パスキーがすでに存在すると表示される
stuck-cross-device-create-on-phone-passkey-already-exists-fix = Authenticator でアカウント { -then }「設定」{ -then }「パスキーを削除」(Delete passkey) をタップし、もう一度「パスキーを作成」をタップしてください。
stuck-cross-device-create-on-phone-other-app-offered = Samsung Pass や別のアプリが保存を提案してくる
stuck-cross-device-create-on-phone-other-app-offered-fix = そこには保存しないでください。「別の方法で保存」(Save another way。または「その他のオプション」) をタップし、「Authenticator」を選びます。

flow-cross-device-finish-title = コンピューターで完了
flow-cross-device-finish-body = コンピューターに戻り、「次へ」をクリックします。ページがパスキーを確認するまで待ってから、「完了」をクリックしてください。
stuck-cross-device-finish-passkey-not-found = パスキーが見つからないと表示される
stuck-cross-device-finish-passkey-not-found-fix = Authenticator で、職場アカウントに「パスキー」と表示されているか、コンピューターで使ったのと同じアカウントかを確認してください。その後、もう一度「次へ」をクリックします。
stuck-cross-device-finish-page-timed-out = ページがタイムアウトした、またはサインアウトされた
stuck-cross-device-finish-page-timed-out-fix = 「マイ セキュリティ情報」をもう一度開いてサインインしてください。一覧にパスキーがない場合は、「+ サインイン方法の追加」からやり直します。

flow-cross-device-try-it-title = スマートフォンを使ってコンピューターにサインイン
flow-cross-device-try-it-body = コンピューターとスマートフォンの Bluetooth をオンにします。コンピューターでサインインするときに「その他のサインイン方法」(または「サインイン オプション」){ -then }「顔、指紋、PIN、またはセキュリティ キー」を選び、Windows 11 では続けて「iPhone、iPad、または Android デバイス」を選びます。スマートフォンのカメラアプリで QR コードを読み取り、iPhone では「Sign in with passkey」(パスキーでサインイン)、Android では「Use passkey to sign in」(パスキーを使ってサインイン) をタップしてください。
stuck-cross-device-try-it-qr-wont-scan = スマートフォンで QR コードを読み取れない
stuck-cross-device-try-it-qr-wont-scan-fix = スマートフォン標準のカメラアプリを使ってください。iPhone では、Authenticator 内のスキャナーではこのコードを読み取れません。コンピューターの画面を明るくして、もう一度お試しください。
stuck-cross-device-try-it-bluetooth-off = Bluetooth をオンにするよう表示される
stuck-cross-device-try-it-bluetooth-off-fix = 両方の Bluetooth をオンにしてください。Windows は「設定」{ -then }「Bluetooth とデバイス」、Mac は「システム設定」{ -then }「Bluetooth」、スマートフォンは本体の設定から行います。スマートフォンはコンピューターの近くに置いてください。
stuck-cross-device-try-it-no-bluetooth = コンピューターに Bluetooth がない、またはブロックされている
stuck-cross-device-try-it-no-bluetooth-fix = スマートフォンでサインインするには、コンピューターに Bluetooth が必要です。{ $company } の IT 部門に連絡し、このコンピューターで使える別の方法を確認してください。
stuck-cross-device-try-it-nothing-after-scan = コードを読み取ったが何も起きない
stuck-cross-device-try-it-nothing-after-scan-fix = 両方のデバイスをオンラインにして近くに置き、両方の Bluetooth を確認してから、もう一度お試しください。社内ネットワークで失敗が続く場合は、{ $company } の IT 部門に連絡してください。
