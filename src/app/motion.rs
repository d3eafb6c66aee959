//! Whether the garden moves: this device's choice (Settings → Motion), or,
//! until one is made, what the system asks for: the desktop's "reduce
//! animation" (the XDG desktop portal's `reduced-motion`, GNOME's
//! `enable-animations`, KDE's animation speed), iOS's Reduce Motion,
//! Android's "Remove animations".
//!
//! The system is asked once, off the main thread (a portal that is not
//! running must not hold up the first frame), and only by the real app: an
//! app built by a test moves unless the test says otherwise.

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, TryRecvError};

use bevy::prelude::*;

use super::device::DeviceSettings;

/// What the system asks for: `None` until it answers, or where it has no
/// such setting (then the garden moves gently).
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SystemMotion {
    pub reduce: Option<bool>,
}

/// The motion this device shows now: its own choice, else the system's.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stillness {
    pub still: bool,
}

impl Stillness {
    /// Whether the garden may move (a run condition for motion systems).
    pub fn allows_motion(stillness: Option<Res<Stillness>>) -> bool {
        stillness.is_none_or(|s| !s.still)
    }
}

/// The question to the system, being answered on its own thread.
#[derive(Resource)]
pub struct Asking(Mutex<Receiver<Option<bool>>>);

impl Asking {
    /// Asks the system on a thread of its own.
    pub fn start() -> Asking {
        let (answer, answered) = std::sync::mpsc::channel();
        // A browser answers at once, and has no threads to ask on.
        if cfg!(target_arch = "wasm32") {
            let _ = answer.send(system_reduces_motion());
            return Asking(Mutex::new(answered));
        }
        let spawned = std::thread::Builder::new()
            .name("system motion".into())
            .spawn(move || {
                let _ = answer.send(system_reduces_motion());
            });
        if let Err(why) = spawned {
            warn!("could not ask the system about motion: {why}");
        }
        Asking(Mutex::new(answered))
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SystemMotion>()
        .init_resource::<Stillness>()
        .add_systems(
            PreUpdate,
            (take_answer.run_if(resource_exists::<Asking>), decide).chain(),
        );
}

fn take_answer(asking: Res<Asking>, mut system: ResMut<SystemMotion>, mut commands: Commands) {
    let Ok(answered) = asking.0.lock() else {
        commands.remove_resource::<Asking>();
        return;
    };
    match answered.try_recv() {
        Ok(reduce) => {
            info!("the system asks for reduced motion: {reduce:?}");
            system.reduce = reduce;
            commands.remove_resource::<Asking>();
        }
        Err(TryRecvError::Empty) => {}
        Err(TryRecvError::Disconnected) => commands.remove_resource::<Asking>(),
    }
}

fn decide(
    settings: Option<Res<DeviceSettings>>,
    system: Res<SystemMotion>,
    mut stillness: ResMut<Stillness>,
) {
    let still = settings
        .and_then(|s| s.reduce_motion)
        .unwrap_or(system.reduce == Some(true));
    stillness.set_if_neq(Stillness { still });
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn system_reduces_motion() -> Option<bool> {
    portal::reduces_motion()
}

#[cfg(target_os = "ios")]
fn system_reduces_motion() -> Option<bool> {
    #[link(name = "UIKit", kind = "framework")]
    unsafe extern "C" {
        fn UIAccessibilityIsReduceMotionEnabled() -> bool;
    }
    // SAFETY: a plain query of an accessibility setting, no arguments.
    Some(unsafe { UIAccessibilityIsReduceMotionEnabled() })
}

/// Android's "Remove animations" sets the animator duration scale to 0.
#[cfg(target_os = "android")]
fn system_reduces_motion() -> Option<bool> {
    use jni::objects::JObject;
    use jni::{JValue, JavaVM, jni_sig, jni_str};

    let activity = bevy::android::ANDROID_APP.get()?.activity_as_ptr();
    let vm = JavaVM::singleton().ok()?;
    let scale = vm.attach_current_thread(|env| -> jni::errors::Result<f32> {
        // SAFETY: the activity's global reference, valid while the app runs;
        // it is only borrowed here, never deleted.
        let activity = unsafe { JObject::from_raw(env, activity.cast()) };
        let resolver = env
            .call_method(
                &activity,
                jni_str!("getContentResolver"),
                jni_sig!("()Landroid/content/ContentResolver;"),
                &[],
            )?
            .l()?;
        let name = env.new_string("animator_duration_scale")?;
        env.call_static_method(
            jni_str!("android/provider/Settings$Global"),
            jni_str!("getFloat"),
            jni_sig!("(Landroid/content/ContentResolver;Ljava/lang/String;F)F"),
            &[
                JValue::Object(&resolver),
                JValue::Object(&name),
                JValue::Float(1.0),
            ],
        )?
        .f()
    });
    scale.ok().map(|scale| scale == 0.0)
}

#[cfg(not(any(
    all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ),
    target_os = "ios",
    target_os = "android",
    target_arch = "wasm32"
)))]
fn system_reduces_motion() -> Option<bool> {
    None
}

/// The browser's `prefers-reduced-motion`, which follows the system's
/// setting on every platform a browser runs on.
#[cfg(target_arch = "wasm32")]
fn system_reduces_motion() -> Option<bool> {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen(inline_js = "export function prefersReducedMotion() { \
        return matchMedia('(prefers-reduced-motion: reduce)').matches; }")]
    extern "C" {
        #[wasm_bindgen(js_name = prefersReducedMotion)]
        fn prefers_reduced_motion() -> bool;
    }
    Some(prefers_reduced_motion())
}

/// The XDG desktop portal's Settings, which every Linux desktop answers for.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
mod portal {
    use zbus::zvariant::{OwnedValue, Value};

    /// The first of the desktops' own settings the portal knows.
    pub fn reduces_motion() -> Option<bool> {
        let connection = zbus::blocking::connection::Builder::session()
            .ok()?
            .method_timeout(std::time::Duration::from_secs(5))
            .build()
            .ok()?;
        let settings = zbus::blocking::Proxy::new(
            &connection,
            "org.freedesktop.portal.Desktop",
            "/org/freedesktop/portal/desktop",
            "org.freedesktop.portal.Settings",
        )
        .ok()?;
        let read = |namespace: &str, key: &str| -> Option<OwnedValue> {
            settings
                .call::<_, _, OwnedValue>("ReadOne", &(namespace, key))
                // Portals before 1.15 have only Read, whose answer is wrapped once more.
                .or_else(|_| settings.call::<_, _, OwnedValue>("Read", &(namespace, key)))
                .ok()
        };
        // 0: no preference, 1: reduced.
        if let Some(Value::U32(reduced)) = read("org.freedesktop.appearance", "reduced-motion")
            .as_deref()
            .map(unwrapped)
        {
            return Some(*reduced == 1);
        }
        if let Some(Value::Bool(animations)) =
            read("org.gnome.desktop.interface", "enable-animations")
                .as_deref()
                .map(unwrapped)
        {
            return Some(!animations);
        }
        if let Some(Value::F64(factor)) = read("org.kde.kdeglobals.KDE", "AnimationDurationFactor")
            .as_deref()
            .map(unwrapped)
        {
            return Some(*factor == 0.0);
        }
        None
    }

    fn unwrapped<'a>(value: &'a Value<'a>) -> &'a Value<'a> {
        match value {
            Value::Value(inner) => unwrapped(inner),
            other => other,
        }
    }
}
